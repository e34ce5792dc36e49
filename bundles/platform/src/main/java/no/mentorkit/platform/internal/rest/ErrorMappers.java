package no.mentorkit.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import no.mentorkit.platform.internal.storage.UnitOfWork;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.storage.StorageException;

/** Exception mappers that make every failure a problem+json answer and never show a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    /** How the detail of a path no resource serves begins; the RepublishGate holds such answers while modules start. */
    public static final String NOTHING_SERVED = "Nothing is served at ";

    private ErrorMappers() {
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getBaseUri().getPath().replaceAll("^/|/$", "") + "/" + uri.getPath();
    }

    /** Problems thrown on purpose by resources. */
    public static final class ProblemMapper implements ExceptionMapper<ApiProblem> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ApiProblem p) {
            return Problems.builder(p, path(uri)).build();
        }
    }

    /** JSON that cannot be read or bound. */
    public static final class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return Problems.of(400, "Bad Request", JsonErrors.describe(e), path(uri));
        }
    }

    /** JAX-RS's own failures: no such path, method or media type, and unreadable bodies. */
    public static final class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        private UriInfo uri;

        @Context
        private HttpHeaders headers;

        @Context
        private Request request;

        @Context
        private ResourceInfo resource;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            String where = path(uri);
            if (e.getCause() instanceof ApiProblem p) {
                // Refused while the body was read (BodyGuard): the problem names the fields.
                return Problems.builder(p, where).build();
            }
            if (status == 404 && e.getCause() != null) {
                List<ApiProblem.FieldError> unreadable = unreadableQueryParams();
                if (!unreadable.isEmpty()) {
                    return Problems.builder(ApiProblem.invalid(unreadable), where).build();
                }
            }
            String detail = switch (status) {
                case 404 -> NOTHING_SERVED + where + ".";
                case 405 -> "Method " + request.getMethod() + " is not allowed on " + where + ".";
                case 406 -> "Cannot answer in the requested format; accept application/json.";
                case 415 -> "Content type '" + headers.getMediaType() + "' is not accepted at " + where
                        + "; send application/json.";
                case 400 -> badRequestDetail(e);
                default -> original.getStatusInfo().getReasonPhrase() + ".";
            };
            Response.ResponseBuilder b = Problems.builder(status, original.getStatusInfo().getReasonPhrase(), detail,
                    where, List.of());
            // CXF's Allow header lists the methods of every resource, not of this path, so it is not passed on.
            for (String header : new String[] {HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE}) {
                Object value = original.getHeaders().getFirst(header);
                if (value != null) {
                    b.header(header, value);
                }
            }
            return b.build();
        }

        /** A parameter JAX-RS could not convert makes a 404 with the conversion's failure as cause. */
        private List<ApiProblem.FieldError> unreadableQueryParams() {
            Method method = resource == null ? null : resource.getResourceMethod();
            return method == null || uri == null ? List.of()
                    : UnreadableQueryParams.of(method, uri.getQueryParameters());
        }

        private static String badRequestDetail(WebApplicationException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                return JsonErrors.describe(j);
            }
            if (e.getCause() instanceof NoContentException) {
                return "A JSON request body is required.";
            }
            return "The request could not be read; check its parameters and its JSON body.";
        }
    }

    /** Anything else: logged with a reference the user can quote; the client sees only the reference. */
    public static final class FallbackMapper implements ExceptionMapper<Throwable> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof StorageException s) {
                // Whatever the request wrote before the failed statement must not commit without the rest.
                UnitOfWork.setRollbackOnly();
                if (s.isConcurrencyConflict()) {
                    LOG.info("Concurrent change refused: {}", e.getMessage());
                    return Problems.builder(503, "Service Unavailable", "Another change to the same records was being"
                            + " stored at the same time; nothing of this request was stored. Try again.", path(uri),
                            List.of()).header(HttpHeaders.RETRY_AFTER, "1").build();
                }
            }
            String ref = UUID.randomUUID().toString().substring(0, 8);
            PoolEviction.afterFailure(e);
            Optional<Faults.Fault> fault = Faults.of(e);
            if (fault.isPresent()) {
                Faults.Fault f = fault.get();
                if (f == Faults.Fault.STORAGE_FULL) {
                    Faults.sawStorageFull();
                }
                LOG.warn("{} ({}), reference {}: {}", f.title, f.status, ref, e.toString());
                return Problems.builder(f.status, f.title, f.detail + " Reference " + ref + ".", path(uri), List.of())
                        .header(HttpHeaders.RETRY_AFTER, f.retryAfterSeconds).build();
            }
            if (e instanceof StorageException) {
                LOG.error("Database failure, reference {}", ref, e);
            } else {
                LOG.error("Unexpected failure, reference {}", ref, e);
            }
            return Problems.of(500, "Internal Server Error",
                    "Something went wrong on the server. Quote reference " + ref + " when reporting it.", path(uri));
        }
    }
}
