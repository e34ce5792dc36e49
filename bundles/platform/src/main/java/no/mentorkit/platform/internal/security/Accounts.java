package no.mentorkit.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import no.mentorkit.platform.audit.AuditEvent;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.users.User;
import no.mentorkit.platform.internal.users.UserStore;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.storage.Storage;

/**
 * Authentication: password checks with throttling, HTTP Basic, browser sessions, and the password rules.
 * Every outcome of a login attempt is audited.
 */
@Component(service = Accounts.class, configurationPid = "no.mentorkit.platform.security")
@Designate(ocd = SecurityConfig.class)
public class Accounts {

    /** A user signed in through a browser session, with that session's CSRF token. */
    public record SessionUser(User user, String csrfToken) {
    }

    private static final String MODULE = "platform";

    private final UserStore users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final CredentialCache basicCache;
    private final int minPasswordLength;
    private final PasswordStrength strength;
    private final boolean trustForwardedHeaders;
    /** Spent on unknown user names so that timing does not tell which names exist. */
    private final String decoyHash;

    @Activate
    public Accounts(@Reference UserStore users, @Reference AuditLog audit, @Reference Storage storage,
            SecurityConfig config) {
        Clock clock = Clock.systemUTC();
        this.users = users;
        this.audit = audit;
        this.hasher = new PasswordHasher(config.passwordIterations());
        this.throttle = new LoginThrottle(config.maxFailedLogins(), Duration.ofMinutes(config.failureWindowMinutes()),
                Duration.ofSeconds(config.lockoutSeconds()), clock);
        this.sessions = new SessionStore(storage.dataSource(), Duration.ofMinutes(config.sessionIdleMinutes()),
                Duration.ofHours(config.sessionMaxHours()), clock);
        this.basicCache = new CredentialCache(Duration.ofMinutes(5), clock);
        this.minPasswordLength = config.minPasswordLength();
        this.strength = new PasswordStrength(config.minPasswordEntropyBits());
        this.trustForwardedHeaders = config.trustForwardedHeaders();
        this.decoyHash = hasher.hash("decoy".toCharArray());
    }

    /** The client of a request, honouring forwarded headers only when configured to. */
    public ClientInfo client(HttpServletRequest request) {
        return ClientInfo.of(request, trustForwardedHeaders);
    }

    /** Checks a user name and password, or throws 401 / 429 problems. */
    public User login(String username, String password, String address) {
        throttle.blockedFor(username, address).ifPresent(wait -> {
            audit.record(new AuditEvent(safe(username), address, MODULE, "login.throttled", "user", safe(username), null));
            throw new TooManyAttempts(wait);
        });
        Optional<User> found = users.findByUsername(username);
        // Hash even for unknown names, so response time does not reveal which names exist.
        boolean matches = hasher.verify(password.toCharArray(), found.map(User::passwordHash).orElse(decoyHash));
        boolean ok = matches && found.isPresent() && found.get().enabled();
        if (!ok) {
            throttle.failed(username, address);
            audit.record(new AuditEvent(safe(username), address, MODULE, "login.failed", "user", safe(username), null));
            throw new ApiProblem(401, "Unauthorized", "Wrong user name or password, or the account is disabled.");
        }
        User user = found.get();
        throttle.succeeded(username, address);
        if (hasher.needsRehash(user.passwordHash())) {
            users.setPasswordHash(user.id(), hasher.hash(password.toCharArray()));
        }
        users.touchLogin(user.id());
        return user;
    }

    /** Verifies HTTP Basic credentials, answering from a short-lived cache when the same pair was just verified. */
    public User basic(String username, String password, String address) {
        long id = basicCache.verified(username, password, () -> login(username, password, address).id());
        return users.findById(id).filter(User::enabled).orElseThrow(
                () -> new ApiProblem(401, "Unauthorized", "Wrong user name or password, or the account is disabled."));
    }

    public SessionStore.Issued openSession(User user, String address) {
        audit.record(new AuditEvent(user.username(), address, MODULE, "session.open", "user", user.username(), null));
        return sessions.create(user.id());
    }

    /** The user of a live session; {@code activity} says whether the request restarts the idle timer. */
    public Optional<SessionUser> session(String token, boolean activity) {
        return sessions.find(token, activity).flatMap(s -> users.findById(s.userId())
                .filter(User::enabled)
                .map(u -> new SessionUser(u, s.csrfToken())));
    }

    /** The browser sessions that ended before the cutoff (retention's preview). */
    public long sessionsEndedBefore(Instant cutoff) {
        return sessions.endedBefore(cutoff);
    }

    /** Deletes the browser sessions that ended before the cutoff; returns how many. */
    public long deleteSessionsEndedBefore(Instant cutoff) {
        return sessions.deleteEndedBefore(cutoff);
    }

    public void closeSession(String token, UserPrincipal who) {
        sessions.delete(token);
        audit.record(who, MODULE, "session.close", "user", who.username(), null);
    }

    /** Hashes a new password after checking it against the rules; throws 400 naming the field otherwise. */
    public String newPasswordHash(String field, String username, String password) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < minPasswordLength) {
            errors.add(new ApiProblem.FieldError(field, "must be at least " + minPasswordLength + " characters"));
        } else if (password.length() > 256) {
            errors.add(new ApiProblem.FieldError(field, "must be at most 256 characters"));
        } else if (password.equalsIgnoreCase(username)) {
            errors.add(new ApiProblem.FieldError(field, "must differ from the user name"));
        } else {
            strength.weakness(password).ifPresent(why -> errors.add(new ApiProblem.FieldError(field, why)));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return hasher.hash(password.toCharArray());
    }

    public boolean passwordMatches(User user, String password) {
        return password != null && hasher.verify(password.toCharArray(), user.passwordHash());
    }

    /** Ends a user's sessions and cached credentials after a change to the account. */
    public void invalidate(long userId) {
        sessions.deleteForUser(userId);
        basicCache.clear();
    }

    /** Ends all but the current session of a user: used when users change their own password. */
    public void invalidateOthers(long userId, String keepToken) {
        sessions.deleteForUserExcept(userId, keepToken);
        basicCache.clear();
    }

    private static String safe(String username) {
        if (username == null) {
            return "";
        }
        String s = username.length() > 64 ? username.substring(0, 64) : username;
        return s.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    }

    /** 429 with the time to wait. */
    public static final class TooManyAttempts extends ApiProblem {
        private static final long serialVersionUID = 1L;
        private final Duration wait;

        TooManyAttempts(Duration wait) {
            super(429, "Too Many Requests", "Too many failed logins. Try again in " + Math.max(1, wait.toSeconds())
                    + " seconds.");
            this.wait = wait;
        }

        public long retryAfterSeconds() {
            return Math.max(1, wait.toSeconds());
        }
    }
}
