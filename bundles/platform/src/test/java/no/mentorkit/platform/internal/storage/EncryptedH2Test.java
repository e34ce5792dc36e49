package no.mentorkit.platform.internal.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Hashtable;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key supplied to a real H2 file database, and every way a key file is refused. */
class EncryptedH2Test {

    private static final String SECRET_TEXT = "Fiktiv-klartekst-som-ikke-skal-synes";

    @TempDir
    Path dir;
    Path data;
    Path key;

    @BeforeEach
    void setUp() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        key = writeKey(dir.resolve("etc-outside/db.key"), "rw-------");
    }

    @Test
    void theKeyOpensAnEncryptedDatabaseWhoseFileHoldsNoPlainText() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/mentorkit") + ";CIPHER=AES";
        Hashtable<String, Object> p = config(url, key.toString());
        assertThat(EncryptedH2.supplyKey(p, data)).isEmpty();
        assertThat(p).doesNotContainKey(EncryptedH2.KEY_FILE);
        String password = (String) p.get("password");
        assertThat(password).endsWith(" mentorkit").hasSize(64 + 1 + "mentorkit".length());

        try (Connection c = DriverManager.getConnection(url, "mentorkit", password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note(text VARCHAR(200))");
            s.execute("INSERT INTO note VALUES ('" + SECRET_TEXT + "')");
        }
        byte[] file = Files.readAllBytes(data.resolve("db/mentorkit.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET_TEXT);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "mentorkit", "0000 mentorkit").close())
                .isInstanceOf(SQLException.class);

        Hashtable<String, Object> again = config(url, key.toString());
        EncryptedH2.supplyKey(again, data);
        try (Connection c = DriverManager.getConnection(url, "mentorkit", (String) again.get("password"));
                ResultSet r = c.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(SECRET_TEXT);
        }
    }

    @Test
    void withoutTheCipherTheSameTextIsInTheFileInPlain() throws Exception {
        // The control for the test above: the search for the text would find it, had it been stored as it is.
        String url = "jdbc:h2:file:" + data.resolve("plain/mentorkit");
        try (Connection c = DriverManager.getConnection(url, "mentorkit", "mentorkit"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note(text VARCHAR(200))");
            s.execute("INSERT INTO note VALUES ('" + SECRET_TEXT + "')");
        }
        byte[] file = Files.readAllBytes(data.resolve("plain/mentorkit.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).contains(SECRET_TEXT);
    }

    @Test
    void aSecondLookAtTheSamePropertiesChangesNothing() {
        Hashtable<String, Object> supplied = config("jdbc:h2:file:/x/db;CIPHER=AES", key.toString());
        EncryptedH2.supplyKey(supplied, data);
        Object password = supplied.get("password");
        assertThat(EncryptedH2.supplyKey(supplied, data)).isEmpty();
        assertThat(supplied.get("password")).isEqualTo(password);
        assertThat(supplied.get("osgi.jdbc.driver.class")).isEqualTo("org.h2.Driver");

        Hashtable<String, Object> refused = config("jdbc:h2:file:/x/db;CIPHER=AES", dir.resolve("none").toString());
        EncryptedH2.supplyKey(refused, data);
        assertThat(EncryptedH2.supplyKey(refused, data)).isEmpty();
        assertThat(refused.get("osgi.jdbc.driver.class")).isEqualTo(EncryptedH2.REFUSED_DRIVER);
    }

    @Test
    void anUnencryptedConfigurationIsLeftAsItIs() {
        Hashtable<String, Object> p = config("jdbc:h2:file:/x/db;WRITE_DELAY=0", null);
        assertThat(EncryptedH2.supplyKey(p, data)).isEmpty();
        assertThat(p.get("password")).isEqualTo("mentorkit");
        assertThat(p.get("osgi.jdbc.driver.class")).isEqualTo("org.h2.Driver");
    }

    @Test
    void aKeyOthersCanReadIsRefused() throws Exception {
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
        assertRefused(config("jdbc:h2:file:/x/db;CIPHER=AES", key.toString()), "owner only");
    }

    @Test
    void aMissingKeyIsRefused() {
        assertRefused(config("jdbc:h2:file:/x/db;CIPHER=AES", dir.resolve("none.key").toString()), "does not exist");
    }

    @Test
    void aKeyInsideTheDataFolderIsRefused() throws Exception {
        Path inside = writeKey(data.resolve("mentorkit/db.key"), "rw-------");
        assertRefused(config("jdbc:h2:file:/x/db;CIPHER=AES", inside.toString()), "inside the data folder");
        Path link = Files.createSymbolicLink(dir.resolve("link.key"), inside);
        assertRefused(config("jdbc:h2:file:/x/db;CIPHER=AES", link.toString()), "inside the data folder");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() throws Exception {
        Files.writeString(key, Base64.getEncoder().encodeToString(new byte[16]));
        assertRefused(config("jdbc:h2:file:/x/db;CIPHER=AES", key.toString()), "32 bytes");
    }

    @Test
    void halfTheSettingIsRefusedRatherThanStoredUnencrypted() {
        assertRefused(config("jdbc:h2:file:/x/db;WRITE_DELAY=0", key.toString()), "lacks ;CIPHER=AES");
        assertRefused(config("jdbc:h2:file:/x/db;cipher=aes", null), "names no key file");
        assertRefused(config("jdbc:postgresql://db/mentorkit", key.toString()), "embedded H2 database only");
    }

    private void assertRefused(Hashtable<String, Object> p, String reason) {
        Optional<String> refused = EncryptedH2.supplyKey(p, data);
        assertThat(refused).hasValueSatisfying(r -> assertThat(r).contains(reason));
        assertThat(p.get("osgi.jdbc.driver.class")).isEqualTo(EncryptedH2.REFUSED_DRIVER);
        assertThat(p).doesNotContainKeys("password", EncryptedH2.KEY_FILE);
    }

    private static Hashtable<String, Object> config(String url, String keyFile) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("service.pid", "org.ops4j.datasource.test");
        p.put("service.factoryPid", EncryptedH2.DATASOURCE_FACTORY);
        p.put("osgi.jdbc.driver.class", "org.h2.Driver");
        p.put("url", url);
        p.put("user", "mentorkit");
        p.put("password", "mentorkit");
        if (keyFile != null) {
            p.put(EncryptedH2.KEY_FILE, keyFile);
        }
        return p;
    }

    private static Path writeKey(Path file, String permissions) throws Exception {
        Files.createDirectories(file.getParent());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
