package no.mentorkit.platform.internal.rest;

import java.sql.SQLException;
import java.util.UUID;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.platform.internal.storage.UnitOfWork;

/**
 * Makes each REST request one database transaction, committed before the answer is sent. Response filters run
 * before the entity is written, so a client that sees 2xx sees a committed change and its audit entry. A 5xx
 * rolls everything back (a 5xx means nothing was stored); 2xx–4xx commit, so refusals keep their
 * {@code access.denied} entries. Begins after authentication: the session bookkeeping of the access filter commits
 * on its own and never holds a lock for the length of a request.
 */
@Priority(Priorities.AUTHORIZATION + 100)
public class RequestTransactionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTransactionFilter.class);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(OutsideTransaction.class)) {
            return;
        }
        UnitOfWork.begin();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!UnitOfWork.active()) {
            return;
        }
        boolean commit = response.getStatus() < 500;
        try {
            UnitOfWork.end(commit);
        } catch (SQLException | RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            // A commit refused by the database kept nothing. A connection lost while the commit was on its way
            // leaves it unknown whether the database applied it, and the answer must not claim either.
            boolean lostOnTheWay = commit && Faults.of(e).filter(f -> f == Faults.Fault.DATABASE_UNREACHABLE)
                    .isPresent();
            LOG.error("Commit of a request failed, reference {}; {}", ref, lostOnTheWay
                    ? "the database may have applied it" : "nothing of it was stored", e);
            Response failed = Problems.of(503, "Service Unavailable", (lostOnTheWay
                    ? "The database was lost while it stored the change: it may or may not have been stored. Look "
                            + "before you try again."
                    : "The change could not be stored; nothing of it was kept. Try again.")
                    + " Quote reference " + ref + " when reporting it.", ErrorMappers.path(request.getUriInfo()));
            response.setStatus(failed.getStatus());
            response.getHeaders().putSingle("Retry-After", "1");
            response.getHeaders().putSingle("Content-Type", MediaType.valueOf("application/problem+json"));
            response.setEntity(failed.getEntity());
        }
    }
}
