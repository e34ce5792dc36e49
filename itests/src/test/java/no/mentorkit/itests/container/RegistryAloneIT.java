package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.storage.Storage;
import no.mentorkit.platform.subject.SubjectDirectory;

/** The registry installed alone on the platform: works, uninstalls keeping every row, and finds them again. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryAloneIT {

    private static final String FEATURE = "mentorkit-registry";

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures(FEATURE));
    }

    @Inject
    private BundleContext context;

    @Test
    public void installsAloneUninstallsKeepingDataAndReinstallsFindingTheSameMentors() throws Exception {
        RegistryFixture fx = new RegistryFixture(context);
        FeaturesService features = Services.await(context, FeaturesService.class, Duration.ofSeconds(30));
        Storage storage = Services.await(context, Storage.class, Duration.ofSeconds(30));
        AuditLog audit = Services.await(context, AuditLog.class, Duration.ofSeconds(30));
        assertTrue(features.isInstalled(features.getFeature(FEATURE)));

        Http coordinator = fx.as(fx.user("coordinator"));
        long mentor = fx.mentor(coordinator, "Alene", null, null);
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, mentor);
        assertTrue(moduleIds(fx).contains("\"registry\""));
        long users = count(storage, "SELECT COUNT(*) FROM platform.users");
        long mentors = count(storage, "SELECT COUNT(*) FROM registry.mentors");

        features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertTrue("the API goes", RegistryFixture.awaitStatus(fx.admin, "/api/registry/mentors", 404));
        assertTrue("and the module with it", !moduleIds(fx).contains("\"registry\""));
        assertNull("no subject directory without the registry", context.getServiceReference(SubjectDirectory.class));
        assertEquals("the registry's rows stay", mentors, count(storage, "SELECT COUNT(*) FROM registry.mentors"));
        assertEquals(1, count(storage, "SELECT COUNT(*) FROM registry.courses WHERE case_code = '" + code + "'"));
        assertEquals("the platform's users are untouched", users, count(storage, "SELECT COUNT(*) FROM platform.users"));
        assertTrue("and the audit chain holds", audit.verify().valid());
        assertEquals(200, coordinator.get("/api/session").status());

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertTrue("the API comes back", RegistryFixture.awaitStatus(coordinator, "/api/registry/mentors/" + mentor, 200));
        JsonNode again = coordinator.get("/api/registry/mentors/" + mentor).json();
        assertEquals("Alene (fiktiv)", again.path("profile").path("name").asText());
        assertEquals("active", coordinator.get("/api/registry/courses/" + code).json().path("status").asText());
        assertEquals(mentors, count(storage, "SELECT COUNT(*) FROM registry.mentors"));
    }

    private static String moduleIds(RegistryFixture fx) {
        return fx.admin.get("/api/modules").body();
    }

    private static long count(Storage storage, String sql) throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The module matrix's "alone" entry: only this module, its smoke test passing, the others absent. */
    @Test
    public void matrixHoldsOnlyThisModuleAndItsSmokeTestPasses() {
        new ModuleSmoke().installationHoldsExactly("registry");
    }
}
