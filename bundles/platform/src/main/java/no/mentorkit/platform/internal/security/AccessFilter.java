package no.mentorkit.platform.internal.security;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.rest.Problems;
import no.mentorkit.platform.internal.users.User;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Public;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Authenticates every API request (HTTP Basic or session cookie), enforces CSRF for cookie sessions and refuses
 * cross-site writes, then authorises against {@code @Public} / {@code @RolesAllowed}. It fails closed: a method
 * without {@code @Public} needs a signed-in user.
 */
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String UI_HEADER = "X-Requested-With";
    /** Sent by the UI on polls the user did not cause; such requests do not count as activity. */
    public static final String BACKGROUND_HEADER = "X-Mentorkit-Background";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Accounts accounts;
    private final AuditLog audit;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest servletRequest;

    public AccessFilter(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        ClientInfo client = accounts.client(servletRequest);
        ctx.setProperty(RequestAttributes.CLIENT, client);
        String address = client.address();
        boolean secure = client.secure();
        boolean unsafe = !SAFE_METHODS.contains(ctx.getMethod());
        if (unsafe && CrossSite.isCrossSite(ctx.getHeaderString("Origin"), ctx.getHeaderString("Sec-Fetch-Site"),
                ctx.getHeaderString(HttpHeaders.HOST))) {
            ctx.abortWith(Problems.of(403, "Forbidden", "Cross-site requests may not change anything.", null));
            return;
        }
        UserPrincipal principal;
        try {
            principal = authenticate(ctx, address, unsafe);
        } catch (ApiProblem p) {
            Response.ResponseBuilder b = Problems.builder(p, null);
            if (p.status() == 401) {
                b.header(HttpHeaders.WWW_AUTHENTICATE, challenge(ctx));
            }
            ctx.abortWith(b.build());
            return;
        }
        if (principal != null) {
            ctx.setSecurityContext(new CallerContext(principal, secure, ctx.getProperty(RequestAttributes.SESSION_TOKEN) != null
                    ? SecurityContext.FORM_AUTH : SecurityContext.BASIC_AUTH));
        }
        authorize(ctx, principal);
    }

    private UserPrincipal authenticate(ContainerRequestContext ctx, String address, boolean unsafe) {
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(authorization.substring(6).trim());
            return principal(accounts.basic(pair[0], pair[1], address), address);
        }
        Cookie cookie = ctx.getCookies().get(SessionCookie.NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        Accounts.SessionUser session = accounts.session(cookie.getValue(), ctx.getHeaderString(BACKGROUND_HEADER) == null)
                .orElse(null);
        if (session == null) {
            return null;
        }
        if (unsafe && !Tokens.equal(ctx.getHeaderString(CSRF_HEADER), session.csrfToken())) {
            throw new ApiProblem(403, "Forbidden", "Missing or wrong CSRF token: send the token from GET /api/session "
                    + "in the " + CSRF_HEADER + " header.");
        }
        ctx.setProperty(RequestAttributes.SESSION_TOKEN, cookie.getValue());
        ctx.setProperty(RequestAttributes.CSRF_TOKEN, session.csrfToken());
        return principal(session.user(), address);
    }

    private void authorize(ContainerRequestContext ctx, UserPrincipal principal) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method != null && (method.isAnnotationPresent(Public.class)
                || type.isAnnotationPresent(Public.class) && !method.isAnnotationPresent(RolesAllowed.class))) {
            return;
        }
        if (principal == null) {
            ctx.abortWith(Problems.builder(401, "Unauthorized", "Sign in first: POST /api/session, or HTTP Basic.",
                    null, List.of()).header(HttpHeaders.WWW_AUTHENTICATE, challenge(ctx)).build());
            return;
        }
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && type != null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            Set<Role> needed = EnumSet.noneOf(Role.class);
            needed.addAll(List.of(allowed.value()));
            if (needed.stream().noneMatch(principal::has)) {
                // Attempts to reach what one may not see are worth knowing about.
                audit.record(principal, "platform", "access.denied", "api",
                        ctx.getMethod() + " /" + ctx.getUriInfo().getPath(), null);
                ctx.abortWith(Problems.of(403, "Forbidden", "This needs one of the roles " + codes(needed) + ".", null));
            }
        }
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon > 0) {
                return new String[] {text.substring(0, colon), text.substring(colon + 1)};
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ApiProblem(401, "Unauthorized", "The Authorization header is not valid HTTP Basic (base64 of user:password).");
    }

    /** Browsers would cache a Basic challenge and send it ambiently; the UI asks not to get one. */
    private static String challenge(ContainerRequestContext ctx) {
        return ctx.getHeaderString(UI_HEADER) != null ? "Session realm=\"Mentorkit\""
                : "Basic realm=\"Mentorkit\", charset=\"UTF-8\"";
    }

    private static UserPrincipal principal(User user, String address) {
        return new UserPrincipal(user.id(), user.username(), user.displayName(), user.roles(), address);
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().toList().toString();
    }

    /** The security context handed to resources. */
    private record CallerContext(UserPrincipal principal, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.fromCode(role).map(principal::has).orElse(false);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
