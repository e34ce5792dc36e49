package no.mentorkit.platform.internal.directory;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.internal.users.User;
import no.mentorkit.platform.internal.users.UserStore;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserSummary;

/** The user directory other modules see: accounts from the platform's store, without their secrets. */
@Component(service = UserDirectory.class)
public class PlatformUserDirectory implements UserDirectory {

    private final UserStore users;

    @Activate
    public PlatformUserDirectory(@Reference UserStore users) {
        this.users = users;
    }

    @Override
    public Optional<UserSummary> byId(long userId) {
        return users.findById(userId).map(PlatformUserDirectory::summary);
    }

    @Override
    public Optional<UserSummary> byUsername(String username) {
        return users.findByUsername(username).map(PlatformUserDirectory::summary);
    }

    @Override
    public List<UserSummary> withRole(Role role) {
        return users.list().stream().filter(u -> u.roles().contains(role)).map(PlatformUserDirectory::summary).toList();
    }

    private static UserSummary summary(User user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.roles(), user.enabled());
    }
}
