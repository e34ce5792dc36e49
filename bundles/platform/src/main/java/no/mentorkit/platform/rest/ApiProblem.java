package no.mentorkit.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Thrown by resources to answer with an {@code application/problem+json} error.
 * The detail is shown to users, so it names what is wrong and where, and never carries internals.
 */
@ProviderType
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One invalid input field: its JSON path or parameter name, what is wrong with it in English (for scripts),
     * and a stable {@code code} with its {@code params} that the UI words in the user's language.
     */
    @ProviderType
    public record FieldError(String field, String message, String code, Map<String, Object> params) {

        /** The code for an error no rule has named yet; the UI shows a general "invalid" text for it. */
        public static final String INVALID = "invalid";

        public FieldError {
            code = code == null ? INVALID : code;
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public FieldError(String field, String message) {
            this(field, message, INVALID, Map.of());
        }
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /**
     * 503: the service cannot answer this now but will (e.g. an index being rebuilt); answered with Retry-After.
     *
     * @since 1.2
     */
    public static ApiProblem unavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(503, "Service Unavailable", detail) {
            private static final long serialVersionUID = 1L;

            @Override
            public long retryAfterSeconds() {
                return Math.max(1, retryAfterSeconds);
            }
        };
    }

    /**
     * Seconds after which the client may try again (sent as Retry-After), or 0 for an answer that will not change.
     *
     * @since 1.2
     */
    public long retryAfterSeconds() {
        return 0;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        List<String> names = new ArrayList<>();
        errors.forEach(e -> names.add(e.field()));
        return new ApiProblem(400, "Bad Request", "Invalid input in: " + String.join(", ", names), errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
