package no.mentorkit.platform.internal.storage;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/** Lists a module's migration scripts straight from its bundle, so no class-path scanning is needed in OSGi. */
final class BundleResourceProvider implements ResourceProvider {

    private final Bundle bundle;
    private final String folder;

    BundleResourceProvider(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder;
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = bundle.getEntry(folder + "/" + name);
        return url == null ? null : new BundleResource(url, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
        if (entries == null) {
            return found;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                found.add(new BundleResource(url, name));
            }
        }
        return found;
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
