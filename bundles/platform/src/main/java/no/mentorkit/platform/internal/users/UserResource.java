package no.mentorkit.platform.internal.users;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.internal.security.Accounts;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** User administration for admins: {@code /api/users}. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserResource {

    public record NewUser(String username, String displayName, List<String> roles, String password) {
    }

    public record UserChange(String displayName, List<String> roles, Boolean enabled) {
    }

    public record PasswordReset(String password) {
    }

    /** {@code id} is what other modules link records to (e.g. a mentor profile to its login). */
    public record UserView(long id, String username, String displayName, List<String> roles, boolean enabled,
            Instant createdAt, Instant lastLoginAt) {
    }

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";
    private static final String MODULE = "platform";
    /** The audit action of a role change, shown as such on the audit page. */
    static final String ROLE_CHANGE = "user.roles";

    private final UserStore users;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public UserResource(@Reference UserStore users, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GET
    public List<UserView> list(@Context SecurityContext security) {
        List<UserView> list = users.list().stream().map(UserResource::view).toList();
        audit.record(me(security), MODULE, "read", "user", "*", Shown.list(list.stream().map(UserView::username).toList()));
        return list;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser in, @Context SecurityContext security) {
        Validation v = new Validation()
                .required("username", in.username())
                .required("displayName", in.displayName())
                .maxLength("displayName", in.displayName(), 200)
                .required("roles", in.roles())
                .required("password", in.password());
        v.check(in.username() == null || in.username().matches(USERNAME), new ApiProblem.FieldError("username",
                "must be 2 to 64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit", "userName", Map.of()));
        Set<Role> roles = roles(v, in.roles());
        v.throwIfInvalid();
        if (users.findByUsername(in.username()).isPresent()) {
            throw ApiProblem.conflict("A user named '" + in.username() + "' already exists.");
        }
        String hash = accounts.newPasswordHash("password", in.username(), in.password());
        User created = users.create(in.username(), in.displayName().strip(), roles, hash);
        audit.record(me(security), MODULE, "create", "user", created.username(), "roles " + codes(roles));
        return Response.created(URI.create("users/" + created.username())).entity(view(created)).build();
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username, @Context SecurityContext security) {
        User user = find(username);
        audit.record(me(security), MODULE, "read", "user", user.username(), null);
        return view(user);
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView update(@PathParam("username") String username, UserChange change, @Context SecurityContext security) {
        User user = find(username);
        UserPrincipal me = me(security);
        Validation v = new Validation().maxLength("displayName", change.displayName(), 200);
        v.check(change.displayName() == null || !change.displayName().isBlank(), "displayName", "must not be blank");
        Set<Role> roles = change.roles() == null ? null : roles(v, change.roles());
        v.throwIfInvalid();
        boolean rolesChange = roles != null && !roles.equals(user.roles());
        if (user.id() == me.userId() && rolesChange) {
            // An admin granting themself coordinator would read what admins must not; roles are another admin's call.
            audit.record(me, MODULE, "access.denied", "user", user.username(), "own roles " + codes(roles));
            throw ApiProblem.forbidden("You cannot change your own roles; ask another admin.");
        }
        if (user.id() == me.userId() && Boolean.FALSE.equals(change.enabled())) {
            throw ApiProblem.conflict("You cannot disable yourself; ask another admin.");
        }
        users.update(user.id(), change.displayName() == null ? null : change.displayName().strip(),
                rolesChange ? roles : null, change.enabled());
        if (Boolean.FALSE.equals(change.enabled()) || rolesChange) {
            accounts.invalidate(user.id());
        }
        if (rolesChange) {
            audit.record(me, MODULE, ROLE_CHANGE, "user", user.username(),
                    codes(user.roles()) + " -> " + codes(roles));
        }
        if (change.displayName() != null || change.enabled() != null) {
            audit.record(me, MODULE, "update", "user", user.username(), describe(change));
        }
        return view(find(username));
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, PasswordReset reset,
            @Context SecurityContext security) {
        new Validation().required("password", reset.password()).throwIfInvalid();
        User user = find(username);
        users.setPasswordHash(user.id(), accounts.newPasswordHash("password", user.username(), reset.password()));
        accounts.invalidate(user.id());
        audit.record(me(security), MODULE, "user.password.reset", "user", user.username(), null);
        return Response.noContent().build();
    }

    private User find(String username) {
        return users.findByUsername(username).orElseThrow(() -> ApiProblem.notFound("No user named '" + username + "'."));
    }

    private static Set<Role> roles(Validation v, List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes == null) {
            return roles;
        }
        v.check(!codes.isEmpty(), "roles", "must name at least one role");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            var role = Role.fromCode(code);
            v.check(role.isPresent(), "roles[" + i + "]", "unknown role '" + code + "'; known: admin, coordinator, mentor, supervisor");
            role.ifPresent(roles::add);
        }
        return roles;
    }

    private static String describe(UserChange change) {
        StringBuilder sb = new StringBuilder();
        if (change.displayName() != null) {
            sb.append("display name; ");
        }
        if (change.enabled() != null) {
            sb.append(change.enabled() ? "enabled" : "disabled");
        }
        return sb.toString().strip();
    }

    private static List<String> codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().toList();
    }

    private static UserPrincipal me(SecurityContext security) {
        return (UserPrincipal) security.getUserPrincipal();
    }

    private static UserView view(User u) {
        return new UserView(u.id(), u.username(), u.displayName(), codes(u.roles()), u.enabled(), u.createdAt(), u.lastLoginAt());
    }
}
