package no.mentorkit.platform.internal.users;

import java.time.Instant;
import java.util.Set;

import no.mentorkit.platform.security.Role;

/** A user account as stored; the password hash never leaves the platform's internals. */
public record User(long id, String username, String displayName, Set<Role> roles, boolean enabled,
        Instant createdAt, Instant lastLoginAt, String passwordHash) {
}
