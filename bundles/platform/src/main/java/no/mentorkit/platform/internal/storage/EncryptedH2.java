package no.mentorkit.platform.internal.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest for the embedded database. The operator adds {@code ;CIPHER=AES} to the H2 URL in
 * {@code etc/org.ops4j.datasource-mentorkit.cfg} and names a key file kept outside the data folder
 * ({@code mentorkit.h2.keyFile}); this plugin puts the file key in front of the password as pax-jdbc-config receives
 * the configuration. So the key is never written into {@code etc/} or into the configuration store in
 * {@code data/}, which is how it stays out of copies of either. If anything is wrong with the key, or only one of
 * the two settings is there, the DataSource is not created at all (not opened unencrypted, not with a made-up key).
 */
@Component(immediate = true)
public class EncryptedH2 implements ConfigurationPlugin {

    static final String KEY_FILE = "mentorkit.h2.keyFile";
    static final String DATASOURCE_FACTORY = "org.ops4j.datasource";
    /** A driver no bundle provides: pax-jdbc-config then waits for it and creates nothing. */
    static final String REFUSED_DRIVER = "no.mentorkit.refused.EncryptedH2KeyUnusable";

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedH2.class);

    private final Path dataFolder = Path.of(System.getProperty("karaf.data", "data"));
    private final ServiceRegistration<ConfigurationPlugin> registration;

    @Activate
    public EncryptedH2(@Reference ConfigurationAdmin admin, BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        // After other modifying plugins (0..1000), such as Felix's interpolation of $[env:…] in the password.
        props.put(ConfigurationPlugin.CM_RANKING, 900);
        registration = context.registerService(ConfigurationPlugin.class, this, props);
        redeliver(admin);
    }

    @Deactivate
    void stop() {
        registration.unregister();
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        if (DATASOURCE_FACTORY.equals(properties.get("service.factoryPid"))) {
            supplyKey(properties, dataFolder);
        }
    }

    /**
     * Completes one datasource configuration in place: the file key before the password, or the refusal. Returns
     * the reason it was refused, if it was.
     */
    static Optional<String> supplyKey(Dictionary<String, Object> p, Path dataFolder) {
        if (done(p)) {
            return Optional.empty();
        }
        Object keyFile = p.remove(KEY_FILE);
        String url = String.valueOf(p.get("url"));
        if (keyFile == null && !encrypted(url)) {
            return Optional.empty();
        }
        String pid = String.valueOf(p.get("service.pid"));
        if (!url.startsWith("jdbc:h2:")) {
            return refuse(p, pid, KEY_FILE + " is for the embedded H2 database only; encrypt PostgreSQL's disk instead");
        }
        if (keyFile == null || String.valueOf(keyFile).isBlank()) {
            return refuse(p, pid, "the url asks for CIPHER but " + KEY_FILE + " names no key file");
        }
        if (!encrypted(url)) {
            return refuse(p, pid, KEY_FILE + " is set but the url lacks ;CIPHER=AES, so the database would be stored"
                    + " unencrypted");
        }
        Path file = Path.of(String.valueOf(keyFile).strip());
        try {
            String filePassword = H2FileKey.filePassword(file, dataFolder);
            Object password = p.get("password");
            p.put("password", filePassword + " " + (password == null ? "" : password));
            LOG.info("Database {}: encrypted at rest, with the file key in {}", pid, file);
            return Optional.empty();
        } catch (IOException e) {
            return refuse(p, pid, e.getMessage());
        }
    }

    /**
     * Felix may hand the same properties to the plugin more than once in one delivery (seen at start in Karaf
     * 4.4.9); a second look must neither add the key again nor take the missing key file for a missing setting.
     */
    private static boolean done(Dictionary<String, Object> p) {
        return REFUSED_DRIVER.equals(p.get("osgi.jdbc.driver.class")) || p.get(KEY_FILE) == null
                && String.valueOf(p.get("password")).matches("[0-9a-f]{64} .*");
    }

    static boolean encrypted(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";CIPHER=AES");
    }

    private static Optional<String> refuse(Dictionary<String, Object> p, String pid, String reason) {
        LOG.error("Database {} not started (encrypted-h2.refused): {}. Fix it in etc/{}.cfg; see the README,"
                + " 'Encryption at rest'.", pid, reason, DATASOURCE_FACTORY + "-mentorkit");
        p.put("osgi.jdbc.driver.class", REFUSED_DRIVER);
        p.remove("password");
        return Optional.of(reason);
    }

    /**
     * pax-jdbc-config may have had the configuration before this plugin was there (and failed on it: H2 refuses a
     * password without a file key); handing it over again lets the plugin complete it.
     */
    private static void redeliver(ConfigurationAdmin admin) {
        try {
            Configuration[] all = admin.listConfigurations("(service.factoryPid=" + DATASOURCE_FACTORY + ")");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Dictionary<String, Object> p = c.getProperties();
                if (p != null && (p.get(KEY_FILE) != null || encrypted(String.valueOf(p.get("url"))))) {
                    c.update();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("The encrypted database's configuration could not be handed over again: {}", e.toString());
        }
    }
}
