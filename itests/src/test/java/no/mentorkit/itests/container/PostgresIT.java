package no.mentorkit.itests.container;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;


import javax.inject.Inject;

import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import no.mentorkit.itests.support.Required;
import no.mentorkit.itests.support.TestPostgres;

/**
 * The storage checks on PostgreSQL, configured the way an operator does it: by the datasource file alone.
 * Reads {@code MENTORKIT_IT_PG_URL}, {@code _USER}, {@code _PASSWORD} (defaults match {@code .ci/run}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT {

    private static final String REACHABLE = "mentorkit.it.postgres.reachable";
    private static final String DATASOURCE = "etc/org.ops4j.datasource-mentorkit.cfg";

    @Configuration
    public Option[] config() {
        String url = TestPostgres.url();
        boolean reachable = TestPostgres.reachable(url);
        if (!reachable) {
            // Boot on H2 so the container starts; every test then skips (or fails in CI) with the reason.
            return MentorkitContainer.options(editConfigurationFilePut("etc/system.properties", REACHABLE, "false"));
        }
        return MentorkitContainer.options(
                editConfigurationFilePut("etc/system.properties", REACHABLE, "true"),
                editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
                editConfigurationFilePut(DATASOURCE, "url", url),
                editConfigurationFilePut(DATASOURCE, "user", TestPostgres.user()),
                editConfigurationFilePut(DATASOURCE, "password", TestPostgres.password()));
    }

    @Inject
    private BundleContext context;

    private StorageChecks checks;

    @Before
    public void connect() {
        if (!Boolean.getBoolean(REACHABLE)) {
            Assume.assumeTrue(Required.unavailable("PostgreSQL"), false);
        }
        checks = new StorageChecks(context, "PostgreSQL");
    }

    // --- storage, as on every database ---

    @Test
    public void healthNamesTheDatabase() {
        checks.healthNamesTheDatabase();
    }

    @Test
    public void migrationsRunTwiceWithoutHarm() throws Exception {
        checks.migrationsRunTwiceWithoutHarm();
    }

    @Test
    public void userCreatedThroughTheApiIsStoredAndAudited() {
        checks.userCreatedThroughTheApiIsStoredAndAudited();
    }

    @Test
    public void auditChainShowsTamperingAndHoldsAgainWhenRestored() throws Exception {
        checks.auditChainShowsTamperingAndHoldsAgainWhenRestored();
    }

    @Test
    public void auditEntriesFollowEachOtherUnderConcurrentWriters() throws Exception {
        checks.auditEntriesFollowEachOtherUnderConcurrentWriters();
    }

    @Test
    public void auditPruningKeepsTheChainVerifiable() throws Exception {
        checks.auditPruningKeepsTheChainVerifiable();
    }

    @Test
    public void endedSessionsAreDeletedByThePlatformsDefaultRule() throws Exception {
        checks.endedSessionsAreDeletedByThePlatformsDefaultRule();
    }
}
