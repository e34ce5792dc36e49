package no.mentorkit.platform.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import no.mentorkit.platform.internal.rest.ErrorMappers;
import no.mentorkit.platform.internal.rest.Readiness;
import no.mentorkit.platform.rest.RestApi;

/**
 * Holds API requests that arrive while the JAX-RS whiteboard republishes {@code /api}.
 * <p>
 * Aries rebuilds the whole application whenever a resource comes or goes, so installing or removing any module
 * leaves a moment in which CXF answers every path, the platform's and the other modules' alike, with 404 "No
 * service was found". This filter sits in front of the application's servlet, recognises that answer before it
 * reaches the client, and runs the request again once the new endpoint serves (CXF has not read the body by then).
 * The same goes for the instant in which CXF has found the old endpoint but its observer is already gone (a
 * NullPointerException from CXF's transport before any of our code ran). While modules are still starting or
 * settling ({@link Readiness}), a path no resource serves yet ("Nothing is served at …") is held the same way, so a
 * module's API is never answered 404 just because its resources are not attached yet. A request that still finds no
 * endpoint after {@link #PATIENCE} gets a 503 problem with Retry-After.
 */
@Component(service = Filter.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_PATTERN + "=/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_FILTER_ASYNC_SUPPORTED + "=true",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME
                + "=" + RepublishGate.API_CONTEXT + ")" })
public class RepublishGate implements Filter {

    private final Readiness readiness;

    @Activate
    public RepublishGate(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    /** The servlet context Aries creates for the application named {@link RestApi#APPLICATION_NAME}. */
    static final String API_CONTEXT = "context.for" + RestApi.APPLICATION_NAME;

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long PAUSE_MILLIS = 10;
    private static final String NO_ENDPOINT = "No service was found";

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            NotFoundHold hold = new NotFoundHold(http);
            try {
                chain.doFilter(request, hold);
                if (!hold.held()) {
                    return;
                }
                String body = new String(hold.heldBody(), StandardCharsets.UTF_8);
                if (!body.contains(NO_ENDPOINT) && !(body.contains(ErrorMappers.NOTHING_SERVED) && !readiness.settled())) {
                    hold.release();
                    return;
                }
            } catch (RuntimeException | ServletException e) {
                if (!endpointGoingAway(e) || http.isCommitted()) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                unavailable(http);
                return;
            }
            http.reset();
            pause();
        }
    }

    /** CXF's transport meeting an endpoint whose observer was just removed: nothing of the request was handled. */
    static boolean endpointGoingAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (t instanceof NullPointerException && trace.length > 0
                    && trace[0].getClassName().startsWith("org.apache.cxf.transport.")) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(HttpServletResponse http) throws IOException {
        http.reset();
        http.setStatus(503);
        http.setHeader("Retry-After", "1");
        http.setContentType(RestApi.PROBLEM_JSON);
        http.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"The API is being updated because a module is being installed or removed. Try again in a moment.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while the API was being republished", e);
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
