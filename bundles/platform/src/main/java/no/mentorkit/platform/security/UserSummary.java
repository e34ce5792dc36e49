package no.mentorkit.platform.security;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What other modules may know about a user account: never the password hash or login history.
 *
 * @param userId database id, the same as {@link UserPrincipal#userId()}
 * @param username login name
 * @param displayName name shown in the UI
 * @param roles roles held
 * @param enabled whether the account may sign in
 */
@ProviderType
public record UserSummary(long userId, String username, String displayName, Set<Role> roles, boolean enabled) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
