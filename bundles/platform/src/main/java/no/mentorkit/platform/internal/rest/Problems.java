package no.mentorkit.platform.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;

/** Builds every error response of the API as {@code application/problem+json} (RFC 9457). */
public final class Problems {

    private Problems() {
    }

    public static Response.ResponseBuilder builder(int status, String title, String detail, String instance,
            List<ApiProblem.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return Response.status(status).type(RestApi.PROBLEM_JSON).entity(body);
    }

    /** The answer for a problem thrown on purpose, with its Retry-After when it says when to try again (throttling, a 503). */
    public static Response.ResponseBuilder builder(ApiProblem p, String instance) {
        Response.ResponseBuilder b = builder(p.status(), p.title(), p.getMessage(), instance, p.errors());
        if (p.retryAfterSeconds() > 0) {
            b.header(HttpHeaders.RETRY_AFTER, p.retryAfterSeconds());
        }
        return b;
    }

    public static Response of(int status, String title, String detail, String instance) {
        return builder(status, title, detail, instance, List.of()).build();
    }
}
