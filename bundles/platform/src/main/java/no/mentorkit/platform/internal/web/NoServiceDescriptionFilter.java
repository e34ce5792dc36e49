package no.mentorkit.platform.internal.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import no.mentorkit.platform.internal.security.SecurityHeaders;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.rest.RestApi;

/**
 * CXF answers {@code ?_wadl} (and {@code ?_schema}) on any path of the API with a description of every resource,
 * before any JAX-RS filter of ours runs and so before login is checked: a map of the whole API for anyone. Such
 * requests are answered here, in front of CXF, as a path where nothing is served (404 problem+json).
 */
@Component(service = Filter.class, property = {
        // Every servlet context: the JAX-RS whiteboard serves each application in a context of its own.
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        // A name of its own: pax-web skips a second filter of the same (default) name in a context.
        "osgi.http.whiteboard.filter.name=mentorkit-no-service-description"})
@HttpWhiteboardFilterPattern("/*")
public class NoServiceDescriptionFilter implements Filter {

    static final Set<String> DESCRIPTION_PARAMETERS = Set.of("_wadl", "_schema");

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!asksForDescription(http.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        String path = http.getRequestURI();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Not Found");
        problem.put("status", 404);
        problem.put("detail", "Nothing is served at " + path + ".");
        problem.put("instance", path);
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(404);
        SecurityHeaders.apply(request.isSecure(), out::setHeader);
        out.setHeader("Cache-Control", "no-store");
        out.setContentType(RestApi.PROBLEM_JSON);
        out.setCharacterEncoding("UTF-8");
        out.getWriter().write(Json.mapper().writeValueAsString(problem));
    }

    static boolean asksForDescription(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (DESCRIPTION_PARAMETERS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                // Not a name CXF would read either.
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
