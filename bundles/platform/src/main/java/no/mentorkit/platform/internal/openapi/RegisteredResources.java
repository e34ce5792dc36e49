package no.mentorkit.platform.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;

import no.mentorkit.platform.rest.RestApi;

/**
 * The JAX-RS resources attached to the Mentorkit application right now, read from the service registry: a module
 * installed or removed at runtime is in or out of the next description. Only the class is read (from the bundle that
 * registered it), never the service object, so describing the API does not start or hold anyone's resource.
 */
@Component(service = RegisteredResources.class)
public class RegisteredResources {

    /** A resource class and the module (bundle) it comes from. */
    public record Resource(String module, Class<?> type) {
    }

    private final ServiceTracker<Object, Resource> tracker;

    @Activate
    public RegisteredResources(BundleContext context) throws InvalidSyntaxException {
        String filter = "(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
                + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + escape(RestApi.APPLICATION_SELECT) + "))";
        tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), null) {
            @Override
            public Resource addingService(ServiceReference<Object> reference) {
                return resourceOf(reference);
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** Every tracked resource, in a stable order. */
    public List<Resource> all() {
        List<Resource> all = new ArrayList<>(tracker.getTracked().values());
        all.sort(Comparator.comparing(Resource::module).thenComparing(r -> r.type().getName()));
        return all;
    }

    /** The first registered class name the bundle can load that carries {@code @Path}; null hides the service. */
    private static Resource resourceOf(ServiceReference<Object> reference) {
        if (reference.getBundle() == null) {
            return null;
        }
        for (String name : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
            try {
                Class<?> type = reference.getBundle().loadClass(name);
                if (type.isAnnotationPresent(Path.class)) {
                    return new Resource(module(reference.getBundle().getSymbolicName()), type);
                }
            } catch (ClassNotFoundException | IllegalStateException e) {
                // not loadable (the bundle is going away): leave it out
            }
        }
        return null;
    }

    /** {@code no.mentorkit.registry} is the module {@code registry}. */
    private static String module(String symbolicName) {
        return symbolicName.startsWith("no.mentorkit.") ? symbolicName.substring("no.mentorkit.".length()) : symbolicName;
    }

    /** A value in an OSGi filter, where {@code \ * ( )} are escaped with a backslash: the selector holds parentheses. */
    private static String escape(String value) {
        return value.replaceAll("([\\\\*()])", "\\\\$1");
    }
}
