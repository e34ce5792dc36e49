package no.mentorkit.platform.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-only lookup of user accounts for modules that link their records to users (a mentor profile to the
 * mentor's login, a supervisor to the mentors supervised). Accounts are managed by the platform alone.
 */
@ProviderType
public interface UserDirectory {

    Optional<UserSummary> byId(long userId);

    Optional<UserSummary> byUsername(String username);

    /** Enabled and disabled accounts holding the role, ordered by user name. */
    List<UserSummary> withRole(Role role);
}
