package no.mentorkit.platform.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import no.mentorkit.platform.internal.security.SecurityHeaders;

/** Security headers on API answers, which must also never be cached: they carry personal data. */
public class ApiHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        SecurityHeaders.apply(request.getSecurityContext() != null && request.getSecurityContext().isSecure(),
                (name, value) -> response.getHeaders().putSingle(name, value));
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
