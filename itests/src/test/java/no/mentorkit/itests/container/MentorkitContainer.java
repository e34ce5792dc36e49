package no.mentorkit.itests.container;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import no.mentorkit.itests.support.Ports;

/** Pax Exam options that boot the real Mentorkit distribution, as built by karaf-assembly, on free ports. */
public final class MentorkitContainer {

    /** Admin password the tests set through {@code MENTORKIT_ADMIN_PASSWORD} (fictional test data). */
    public static final String ADMIN_PASSWORD = "Test-only-admin-password-1";

    /** System property inside the container that carries the HTTP port. */
    public static final String HTTP_PORT_PROPERTY = "mentorkit.it.http.port";

    private MentorkitContainer() {
    }

    public static Option[] options(Option... extra) {
        int http = Ports.free();
        File archive = new File(System.getProperty("mentorkit.assembly.archive"));
        if (!archive.isFile()) {
            throw new IllegalStateException("Build the assembly first (mvn verify from the root): " + archive);
        }
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(archive.toURI().toString())
                        .name("Mentorkit")
                        .karafVersion("4.4.9")
                        .unpackDirectory(new File(System.getProperty("mentorkit.it.work"), "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(Ports.free())),
                editConfigurationFilePut("etc/system.properties", "MENTORKIT_ADMIN_PASSWORD", ADMIN_PASSWORD),
                editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, String.valueOf(http)),
                // The distribution requires the ethics start checklist before a course becomes active; tests of other
                // modules activate courses freely, so they start with nothing required (the ethics ITs set it back).
                editConfigurationFilePut("etc/no.mentorkit.ethics.cfg", "requiredOnFirstStart", "")));
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /** Karaf's own boot features in the distribution, without any Mentorkit feature. */
    private static final String KARAF_BOOT = "instance, package, scr, log, ssh, framework, system, eventadmin, "
            + "feature, shell, service, jaas, deployer, diagnostic, bundle, config, kar";

    /**
     * Boots the platform with only the given Mentorkit features instead of the distribution's full set, e.g.
     * {@code onlyFeatures("mentorkit-registry")} for "the module installed alone", or none for a bare platform.
     */
    public static Option onlyFeatures(String... features) {
        StringBuilder boot = new StringBuilder(KARAF_BOOT).append(", mentorkit-platform");
        for (String feature : features) {
            boot.append(", ").append(feature);
        }
        return editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", boot.toString());
    }

    /** Base URL of the container's HTTP server, as seen from inside the container. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY);
    }
}
