package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.storage.ModuleSchema;
import no.mentorkit.platform.storage.Storage;

/**
 * Schemas are migrated by the platform's extender from a bundle's {@code Mentorkit-Schema} header: before the
 * bundle's components run, once per version however often the bundle restarts or is refreshed, again for bundles
 * already started when the platform restarts; a migration that fails publishes no schema and shows in health.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchemaExtenderIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-registry"));
    }

    @Inject
    private BundleContext context;

    @Test
    public void aRestartedOrRefreshedModuleMigratesOnceAndItsComponentsComeBack() throws Exception {
        RegistryFixture fx = new RegistryFixture(context);
        Storage storage = Services.await(context, Storage.class, WAIT);
        Bundle registry = bundle("no.mentorkit.registry");
        assertNotNull("the registry's schema is published", schema("registry"));
        long applied = count(storage, "SELECT COUNT(*) FROM registry.schema_history WHERE success");
        assertTrue(applied > 0);

        registry.stop();
        assertNull("a stopped module's schema is withdrawn", schema("registry"));
        registry.start();
        // Migrated in the thread that started the bundle: published before start() returns.
        assertNotNull("published as the bundle starts", schema("registry"));
        assertTrue("the module's components come back",
                RegistryFixture.awaitStatus(fx.admin, "/api/registry/mentors", 200));

        registry.update();
        assertTrue("and after a refresh", RegistryFixture.awaitStatus(fx.admin, "/api/registry/mentors", 200));
        assertNotNull(schema("registry"));
        assertEquals("nothing migrated twice", applied,
                count(storage, "SELECT COUNT(*) FROM registry.schema_history WHERE success"));
        assertEquals(1, context.getServiceReferences(ModuleSchema.class, "(mentorkit.schema=registry)").size());
    }

    @Test
    public void aBundleDeclaringASchemaGetsItMigratedAndPublished() throws Exception {
        Storage storage = Services.await(context, Storage.class, WAIT);
        Bundle carrier = install("it.schema.carrier", "it_schema;migrations=sql",
                "sql/V1__init.sql", "CREATE TABLE it_schema.notes (id BIGINT PRIMARY KEY);",
                "sql/V2__more.sql", "ALTER TABLE it_schema.notes ADD COLUMN body VARCHAR(40);");
        try {
            carrier.start();
            ServiceReference<ModuleSchema> ref = schema("it_schema");
            assertNotNull("published under the header's module", ref);
            assertEquals("2", context.getService(ref).version());
            context.ungetService(ref);
            assertEquals(0, count(storage, "SELECT COUNT(*) FROM it_schema.notes WHERE body IS NULL"));
        } finally {
            carrier.uninstall();
        }
        assertNull(schema("it_schema"));
    }

    @Test
    public void aFailedMigrationPublishesNothingAndHealthNamesTheBundle() throws Exception {
        Http anonymous = new Http(MentorkitContainer.baseUrl());
        assertTrue(Http.await(() -> anonymous.get("/api/health").status() == 200, WAIT));
        Bundle broken = install("it.schema.broken", "it_broken",
                "db/migration/it_broken/V1__broken.sql", "CREATE TABLE it_broken.t (id BIGINT); NOT SQL AT ALL;");
        try {
            broken.start();
            assertEquals("the bundle itself starts", Bundle.ACTIVE, broken.getState());
            assertNull("but its schema is not published", schema("it_broken"));
            JsonNode health = anonymous.get("/api/health").json();
            assertEquals("DEGRADED", health.path("status").asText());
            String reasons = health.path("degraded").toString();
            assertTrue(reasons, reasons.contains("schemas:") && reasons.contains("it.schema.broken 1.0.0"));
        } finally {
            broken.uninstall();
        }
        assertEquals("UP", anonymous.get("/api/health").json().path("status").asText());
    }

    @Test
    public void modulesAlreadyStartedAreMigratedWhenThePlatformRestarts() throws Exception {
        Bundle platform = bundle("no.mentorkit.platform");
        platform.stop();
        assertNull(schema("registry"));
        platform.start();
        assertTrue("the registry's schema is published again", Http.await(() -> schema("registry") != null, WAIT));
        RegistryFixture fx = new RegistryFixture(context);
        assertTrue(RegistryFixture.awaitStatus(fx.admin, "/api/registry/mentors", 200));
    }

    private ServiceReference<ModuleSchema> schema(String module) {
        try {
            return context.getServiceReferences(ModuleSchema.class, "(mentorkit.schema=" + module + ")").stream()
                    .findFirst().orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("No bundle " + symbolicName);
    }

    /** A bundle carrying only a schema header and migration scripts (pairs of path and SQL). */
    private Bundle install(String symbolicName, String header, String... scripts) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(ModuleSchema.HEADER, header);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            Set<String> folders = new HashSet<>();
            for (int i = 0; i < scripts.length; i += 2) {
                String path = scripts[i];
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    if (folders.add(path.substring(0, slash + 1))) {
                        out.putNextEntry(new JarEntry(path.substring(0, slash + 1)));
                    }
                }
                out.putNextEntry(new JarEntry(path));
                out.write(scripts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return context.installBundle("it:" + symbolicName, new ByteArrayInputStream(jar.toByteArray()));
    }

    private static long count(Storage storage, String sql) throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
