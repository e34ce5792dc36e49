package no.mentorkit.itests.container;

import static org.junit.Assert.assertTrue;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/** Module matrix: the distribution booted with the municipality profile (registry, ethics, library). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MatrixMunicipalityProfileIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-profile-municipality"));
    }

    @Inject
    private BundleContext context;

    @Test
    public void bootsExactlyItsModulesAndEachPassesItsSmokeTest() {
        new ModuleSmoke().installationHoldsExactly("registry", "ethics", "library");
    }

    @Test
    public void consoleListsModulesAndReportsStatus() throws Exception {
        new ModuleSmoke();
        ConsoleCommands console = new ConsoleCommands(context);
        String modules = console.run("mentorkit:modules");
        assertTrue(modules, modules.matches("(?s).*assessment\\s*\\|\\s*available.*"));
        assertTrue(modules, modules.matches("(?s).*library\\s*\\|\\s*installed.*"));
        assertTrue(modules, modules.matches("(?s).*municipality\\s*\\|\\s*yes.*"));

        // The library opens its index in the background: wait for its line to report the index.
        String status = console.run("mentorkit:status");
        for (int i = 0; i < 120 && !status.matches("(?s).*Library\\s+\\d+ resources.*"); i++) {
            Thread.sleep(500);
            status = console.run("mentorkit:status");
        }
        assertTrue(status, status.contains("Health     UP"));
        assertTrue(status, status.matches("(?s).*Database\\s+UP, H2 .*"));
        assertTrue(status, status.matches("(?s).*Schemas\\s+.*registry v\\d.*"));
        assertTrue(status, status.matches("(?s).*Modules\\s+ethics \\S+, forms \\S+, library \\S+, registry \\S+.*"));
        assertTrue(status, status.matches("(?s).*Forms\\s+\\d+ published.*"));
        assertTrue(status, status.matches("(?s).*Library\\s+\\d+ resources, \\d+ indexed.*"));
        assertTrue(status, status.matches("(?s).*Registry\\s+mentors \\d+.*; courses \\d+.*"));
        assertTrue(status, status.matches("(?s).*Ethics\\s+checklist completions \\d+.*"));
    }
}
