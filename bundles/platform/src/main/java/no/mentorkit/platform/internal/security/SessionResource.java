package no.mentorkit.platform.internal.security;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.users.User;
import no.mentorkit.platform.internal.users.UserStore;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Public;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** Browser login and logout: {@code /api/session}. */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record LoginRequest(String username, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The signed-in user as the UI needs it; {@code csrfToken} is absent for HTTP Basic callers. */
    public record SessionView(String username, String displayName, List<String> roles, String csrfToken) {
    }

    private final Accounts accounts;
    private final UserStore users;
    private final AuditLog audit;

    @Activate
    public SessionResource(@Reference Accounts accounts, @Reference UserStore users, @Reference AuditLog audit) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest login, @Context HttpServletRequest request) {
        new Validation().required("username", login.username()).required("password", login.password())
                .maxLength("username", login.username(), 64).maxLength("password", login.password(), 256)
                .throwIfInvalid();
        ClientInfo client = (ClientInfo) request.getAttribute(RequestAttributes.CLIENT);
        User user = accounts.login(login.username(), login.password(), client.address());
        SessionStore.Issued issued = accounts.openSession(user, client.address());
        return Response.ok(view(user.username(), user.displayName(), user.roles(), issued.csrfToken()))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.set(issued.token(), client.secure()))
                .build();
    }

    @GET
    public SessionView current(@Context SecurityContext security, @Context HttpServletRequest request) {
        UserPrincipal me = (UserPrincipal) security.getUserPrincipal();
        return view(me.username(), me.displayName(), me.roles(), (String) request.getAttribute(RequestAttributes.CSRF_TOKEN));
    }

    @DELETE
    public Response logout(@Context SecurityContext security, @Context HttpServletRequest request) {
        String token = (String) request.getAttribute(RequestAttributes.SESSION_TOKEN);
        if (token != null) {
            accounts.closeSession(token, (UserPrincipal) security.getUserPrincipal());
        }
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(security.isSecure())).build();
    }

    /** Users change their own password; their other sessions end. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change, @Context SecurityContext security,
            @Context HttpServletRequest request) {
        new Validation().required("currentPassword", change.currentPassword()).required("newPassword", change.newPassword())
                .throwIfInvalid();
        UserPrincipal me = (UserPrincipal) security.getUserPrincipal();
        User user = users.findById(me.userId()).orElseThrow(() -> ApiProblem.notFound("Your account no longer exists."));
        if (!accounts.passwordMatches(user, change.currentPassword())) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("currentPassword", "is not your current password")));
        }
        users.setPasswordHash(user.id(), accounts.newPasswordHash("newPassword", user.username(), change.newPassword()));
        accounts.invalidateOthers(user.id(), (String) request.getAttribute(RequestAttributes.SESSION_TOKEN));
        audit.record(me, "platform", "user.password.change", "user", me.username(), null);
        return Response.noContent().build();
    }

    private static SessionView view(String username, String displayName, Set<Role> roles, String csrf) {
        return new SessionView(username, displayName, roles.stream().map(Role::code).sorted().toList(), csrf);
    }
}
