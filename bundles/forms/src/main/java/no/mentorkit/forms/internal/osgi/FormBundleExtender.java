package no.mentorkit.forms.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.internal.store.FormCatalog;

/**
 * The extender for bundles that carry forms: a bundle with the manifest header {@code Mentorkit-Forms: forms/}
 * (one or more comma-separated folders) has every {@code *.form.json} in those folders deployed and published
 * when it is installed or started. Uninstalling the bundle retires them; stopping it (as at shutdown) does not.
 */
@Component(service = FormBundleExtender.class, immediate = true)
public class FormBundleExtender {

    public static final String HEADER = "Mentorkit-Forms";
    private static final Logger LOG = LoggerFactory.getLogger(FormBundleExtender.class);

    private final FormCatalog catalog;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public FormBundleExtender(@Reference FormCatalog catalog, BundleContext context) {
        this.catalog = catalog;
        int states = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        this.tracker = new BundleTracker<>(context, states, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(HEADER);
                if (header == null) {
                    return null;
                }
                deployAll(bundle, header);
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                if (event != null && event.getType() == BundleEvent.UPDATED) {
                    deployAll(bundle, bundle.getHeaders("").get(HEADER));
                }
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                if (event != null && event.getType() == BundleEvent.UNINSTALLED) {
                    catalog.withdrawBundle(bundle.getSymbolicName(), bundle.getSymbolicName());
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private void deployAll(Bundle bundle, String header) {
        if (header == null) {
            return;
        }
        String name = bundle.getSymbolicName();
        for (String folder : header.split(",")) {
            String dir = folder.strip();
            if (dir.isEmpty()) {
                continue;
            }
            Enumeration<URL> entries = bundle.findEntries(dir, "*" + FormArtifactInstaller.SUFFIX, true);
            if (entries == null) {
                LOG.warn("Bundle {} names form folder '{}' but it holds no *.form.json", name, dir);
                continue;
            }
            while (entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                try (InputStream in = entry.openStream()) {
                    catalog.deploy(DeploySource.BUNDLE, name + ":" + entry.getPath(), in.readAllBytes(), true, name);
                } catch (IOException e) {
                    LOG.warn("Cannot read {} in bundle {}: {}", entry.getPath(), name, e.toString());
                }
            }
        }
    }
}
