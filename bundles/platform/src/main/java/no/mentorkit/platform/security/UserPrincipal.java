package no.mentorkit.platform.security;

import java.security.Principal;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The authenticated caller of a request, as resources get it from
 * {@code SecurityContext.getUserPrincipal()}.
 *
 * @param userId database id of the user
 * @param username login name
 * @param displayName name shown in the UI
 * @param roles roles held
 * @param remoteAddress the client's address, recorded in audit entries
 */
@ProviderType
public record UserPrincipal(long userId, String username, String displayName, Set<Role> roles, String remoteAddress)
        implements Principal {

    public UserPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
