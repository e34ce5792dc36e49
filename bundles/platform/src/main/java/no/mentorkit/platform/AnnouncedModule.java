package no.mentorkit.platform;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.BundleContext;

/**
 * A module's announcement with its bundle's version: a module's descriptor component extends it and passes its id,
 * titles, UI path and roles, instead of writing the same getters again.
 */
@ConsumerType
public abstract class AnnouncedModule implements ModuleDescriptor {

    private final String id;
    private final String version;
    private final Map<String, String> title;
    private final String uiModule;
    private final Set<String> roles;

    /**
     * @param uiModule the UI's ES module path, or {@code null} for none
     * @param roles    roles that see it in the navigation; empty for every signed-in user
     */
    protected AnnouncedModule(BundleContext context, String id, Map<String, String> title, String uiModule,
            Set<String> roles) {
        this.id = id;
        this.version = context.getBundle().getVersion().toString();
        this.title = Map.copyOf(title);
        this.uiModule = uiModule;
        this.roles = Set.copyOf(roles);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> title() {
        return title;
    }

    @Override
    public String uiModule() {
        return uiModule;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }
}
