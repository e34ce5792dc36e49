package no.mentorkit.registry.internal.rest;

import static no.mentorkit.registry.internal.rest.MentorResource.me;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.registry.internal.service.RegistryService;

/**
 * The logins a coordinator may link a mentor profile to: {@code GET /api/registry/accounts?role=mentor|supervisor}.
 * Coordinators cannot call the admin-only user API, so the registry answers from the platform's user directory,
 * naming enabled accounts only and nothing beyond id, user name and display name.
 */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("registry/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR})
public class AccountResource {

    /** One account that a profile can be linked to. */
    public record Account(long userId, String username, String displayName) {
    }

    private static final List<Role> LINKABLE = List.of(Role.MENTOR, Role.SUPERVISOR);

    private final UserDirectory users;
    private final AuditLog audit;

    @Activate
    public AccountResource(@Reference UserDirectory users, @Reference AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @GET
    public List<Account> list(@QueryParam("role") String role, @Context SecurityContext security) {
        Role wanted = Optional.ofNullable(role).flatMap(Role::fromCode).filter(LINKABLE::contains)
                .orElseThrow(() -> ApiProblem.invalid(List.of(new ApiProblem.FieldError("role",
                        "must be mentor or supervisor"))));
        List<Account> out = users.withRole(wanted).stream().filter(u -> u.enabled())
                .map(u -> new Account(u.userId(), u.username(), u.displayName())).toList();
        audit.record(me(security), RegistryService.MODULE, "read", "account", "*",
                wanted.code() + " " + Shown.list(out.stream().map(Account::username).toList()));
        return out;
    }
}
