package no.mentorkit.forms.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.Samples;


/** The registry's life cycle on a real (H2) database with the bundle's own migration. */
class FormCatalogTest {

    private FormCatalog catalog;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                InputStream in = getClass().getResourceAsStream("/db/migration/forms/V1__definitions_deployments.sql")) {
            s.execute("CREATE SCHEMA forms");
            s.execute("SET SCHEMA forms");
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                    s.execute(sql);
                }
            }
        }
        catalog = new FormCatalog(ds);
    }

    private static byte[] version(String v, String title) {
        ObjectNode t = Samples.tree("sample.form.json");
        t.put("version", v);
        ((ObjectNode) t.get("title")).put("en", title);
        return Samples.bytes(t);
    }

    @Test
    void aPublishedVersionNeverChanges() {
        Deployment first = catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.0.0", "A"), true, "t");
        assertThat(first.outcome()).isEqualTo(Deployment.PUBLISHED);
        assertThat(catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.0.0", "A"), true, "t").outcome())
                .as("the same content again").isEqualTo(Deployment.UNCHANGED);
        Deployment changed = catalog.deploy(DeploySource.UPLOAD, "upload", version("1.0.0", "B"), true, "t");
        assertThat(changed.outcome()).isEqualTo(Deployment.REFUSED);
        assertThat(changed.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.version");
            assertThat(e.reason()).contains("already published").contains("higher version");
        });
        assertThat(catalog.get("sample-screening", "1.0.0").orElseThrow().definition().title()).containsEntry("en", "A");
    }

    @Test
    void aChangeIsANewVersionAndTheHighestPublishedIsCurrent() {
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.0.0", "A"), true, "t");
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.10.0", "C"), true, "t");
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.2.0", "B"), true, "t");
        assertThat(catalog.list(null)).extracting(DeployedForm::version).containsExactly("1.10.0", "1.2.0", "1.0.0");
        assertThat(catalog.current("sample-screening").orElseThrow().version()).isEqualTo("1.10.0");
        assertThat(catalog.get("sample-screening", "1.0.0").orElseThrow().definition().title()).containsEntry("en", "A");
    }

    @Test
    void draftsMayChangeUntilPublished() {
        assertThat(catalog.deploy(DeploySource.UPLOAD, "u", version("2.0.0", "D1"), false, "t").outcome())
                .isEqualTo(Deployment.DRAFT);
        assertThat(catalog.current("sample-screening")).as("a draft is not current").isEmpty();
        assertThat(catalog.deploy(DeploySource.UPLOAD, "u", version("2.0.0", "D2"), false, "t").outcome())
                .isEqualTo(Deployment.DRAFT);
        assertThat(catalog.get("sample-screening", "2.0.0").orElseThrow().definition().title()).containsEntry("en", "D2");
        catalog.publish("sample-screening", "2.0.0", "t");
        assertThat(catalog.deploy(DeploySource.UPLOAD, "u", version("2.0.0", "D3"), false, "t").outcome())
                .isEqualTo(Deployment.REFUSED);
        assertThat(catalog.current("sample-screening").orElseThrow().definition().title()).containsEntry("en", "D2");
    }

    @Test
    void aBrokenFileIsRefusedAndThePreviousVersionKeepsServing() {
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.0.0", "A"), true, "t");
        Deployment broken = catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json",
                "{\"id\":\"sample-screening\",\"version\":\"1.1.0\"".getBytes(StandardCharsets.UTF_8), true, "t");
        assertThat(broken.refused()).isTrue();
        assertThat(broken.errors().get(0).file()).isEqualTo("s.form.json");
        assertThat(catalog.current("sample-screening").orElseThrow().version()).isEqualTo("1.0.0");
        assertThat(catalog.deployments(10)).first().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Deployment.REFUSED);
            assertThat(d.errors()).hasSize(1);
        });
    }

    @Test
    void withdrawingAFileRetiresItsVersionsButKeepsThemReadable() {
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.0.0", "A"), true, "t");
        catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.1.0", "B"), true, "t");
        assertThat(catalog.withdraw(DeploySource.DEPLOY_FOLDER, "s.form.json", "t")).hasSize(2);
        assertThat(catalog.current("sample-screening")).isEmpty();
        assertThat(catalog.get("sample-screening", "1.0.0").orElseThrow().status()).isEqualTo(FormStatus.RETIRED);
        assertThat(catalog.deploy(DeploySource.DEPLOY_FOLDER, "s.form.json", version("1.1.0", "B"), true, "t")
                .outcome()).as("the identical file back reinstates it").isEqualTo(Deployment.PUBLISHED);
        assertThat(catalog.current("sample-screening").orElseThrow().version()).isEqualTo("1.1.0");
    }

    @Test
    void bundleFormsAreRetiredWhenTheBundleGoes() {
        catalog.deploy(DeploySource.BUNDLE, "org.example.forms:/forms/s.form.json", version("3.0.0", "X"), true, "b");
        assertThat(catalog.withdrawBundle("org.example.forms", "b")).singleElement()
                .extracting(Deployment::outcome).isEqualTo(Deployment.RETIRED);
    }
}
