package no.mentorkit.platform.internal.rest;

import javax.annotation.Priority;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * CXF answers {@code ?_wadl} (and {@code ?_schema}) on any path with a description of every resource, before login
 * is checked: a map of the whole API for anyone. Those requests answer as a path where nothing is served.
 */
@PreMatching
@Priority(1)
public class NoServiceDescription implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext ctx) {
        var query = ctx.getUriInfo().getQueryParameters(false);
        if (query.containsKey("_wadl") || query.containsKey("_schema")) {
            throw new NotFoundException();
        }
    }
}
