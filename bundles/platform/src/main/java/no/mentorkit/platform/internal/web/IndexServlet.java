package no.mentorkit.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The default servlet: answers {@code /} and {@code /index.html} with the UI shell's index page, and any other
 * path nobody else serves with a plain 404 (instead of the web server's page, which names its version).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/", "/index.html"})
public class IndexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient URL index;

    @Activate
    public IndexServlet(BundleContext context) {
        this.index = context.getBundle().getEntry("web/index.html");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.equals("/index.html") && !path.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write("Not found\n");
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = index.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
