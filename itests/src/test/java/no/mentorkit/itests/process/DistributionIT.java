package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

/**
 * The distribution as an operator gets it: first start without a preset password, the console over SSH, and a
 * restart. Prints start-up and memory figures (lines starting {@code MEASURED}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    /** A console operator added to users.properties the way the README tells; fictional test credentials. */
    private static final String OPERATOR = "ops";
    private static final String OPERATOR_PASSWORD = "Test-only-operator-password-1";

    private Distribution dist;
    private String password;

    @BeforeAll
    void firstStart() throws IOException {
        dist = new Distribution("first-start", Map.of());
        Path users = dist.home().resolve("etc/users.properties");
        Files.writeString(users, Files.readString(users) + OPERATOR + " = " + OPERATOR_PASSWORD + ",_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        Duration cold = dist.start();
        System.out.println("MEASURED cold start to /api/health UP: " + cold.toMillis() + " ms");
        password = Files.readString(passwordFile()).strip();
    }

    @AfterAll
    void stop() {
        dist.close();
    }

    @Test
    @Order(1)
    void generatedAdminPasswordIsOwnerOnlyAndPrintedOnce() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())));
        assertTrue(password.length() >= 20, "a long random password");
        assertEquals(1, occurrences(dist.consoleText(), password), "printed once on the console");
        assertFalse(Files.readString(dist.home().resolve("data/log/karaf.log")).contains(password),
                "never written to the log");
    }

    @Test
    @Order(2)
    void adminLogsInOverBasicWithTheInitialPassword() {
        Http.Answer me = dist.http().basic("admin", password).get("/api/session");
        assertEquals(200, me.status(), me.toString());
        assertEquals("admin", me.json().path("roles").get(0).asText());
        Http.Answer wrong = dist.http().basic("admin", password + "x").get("/api/session");
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("Content-Type").startsWith("application/problem+json"));
    }

    @Test
    @Order(3)
    void healthIsUpAndLogsAreUnderDataLog() {
        assertEquals("UP", dist.http().get("/api/health").json().path("status").asText());
        assertTrue(Files.isRegularFile(dist.home().resolve("data/log/karaf.log")));
    }

    @Test
    @Order(4)
    void stockKarafAccountCannotLogInOverSsh() throws IOException {
        assertFalse(sshLogin("karaf", "karaf"), "karaf/karaf must not exist");
        assertFalse(sshLogin("admin", password), "Mentorkit users are not console users");
        assertTrue(sshLogin(OPERATOR, OPERATOR_PASSWORD), "an operator added as the README says gets in");
        assertTrue(Files.readString(dist.home().resolve("etc/users.properties")).contains("{CRYPT}"),
                "and the console password was replaced by its hash");
    }

    @Test
    @Order(5)
    void sshListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> external = externalAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
        try (Socket s = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> s.connect(new InetSocketAddress(external.get(), dist.sshPort()), 2000));
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", dist.sshPort()), 2000);
        }
    }

    @Test
    @Order(5)
    void httpListensOnLoopbackOnly() throws IOException {
        // Issue 16 item 14: plain HTTP answered on every interface.
        Optional<InetAddress> external = externalAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
        try (Socket s = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> s.connect(new InetSocketAddress(external.get(), dist.httpPort()), 2000));
        }
        assertEquals(200, dist.http().get("/api/health").status());
    }

    @Test
    @Order(5)
    void dataAndSecretsAreOwnerOnlyAndThereIsNoShutdownPort() throws IOException {
        // Issue 16 item 15: umask 0022 left the database and the database password readable by every local user.
        Path home = dist.home();
        assertEquals("rwx------", mode(home.resolve("data")), "data/");
        assertEquals("rw-------", mode(home.resolve("etc/org.ops4j.datasource-mentorkit.cfg")), "database password");
        assertEquals("rw-------", mode(home.resolve("etc/users.properties")), "console password hashes");
        assertEquals("rw-------", mode(home.resolve("data/log/karaf.log")), "log written under the launcher's umask");
        try (var db = Files.list(home.resolve("data/mentorkit/db"))) {
            for (Path file : db.toList()) {
                assertEquals("rw-------", mode(file), file.toString());
            }
        }
        assertFalse(Files.exists(home.resolve("data/port")), "no shutdown port (any local user could stop Karaf)");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    @Order(6)
    void restartKeepsDataAndDoesNotCreateASecondAdmin() throws Exception {
        Http admin = dist.http().basic("admin", password);
        Http.Answer created = admin.post("/api/users", Http.json("username", "restart-check", "displayName",
                "Fictional Restart Check", "roles", List.of("mentor"), "password", "fictional-walrus-password-1"));
        assertEquals(201, created.status(), created.toString());
        long rss = residentKb();
        System.out.println("MEASURED resident memory at idle after start: " + rss / 1024 + " MiB");
        dist.stop();
        Duration warm = dist.start();
        System.out.println("MEASURED restart to /api/health UP: " + warm.toMillis() + " ms");
        assertEquals(200, dist.http().basic("restart-check", "fictional-walrus-password-1").get("/api/session").status());
        assertEquals(200, dist.http().basic("admin", password).get("/api/session").status());
        assertEquals(1, occurrences(dist.consoleText(), password), "the password is printed on the first start only");
        assertEquals(password, Files.readString(passwordFile()).strip());
    }

    private Path passwordFile() {
        return dist.home().resolve("data/mentorkit/initial-admin-password");
    }

    private boolean sshLogin(String user, String pass) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect(user, "127.0.0.1", dist.sshPort())
                    .verify(10, TimeUnit.SECONDS).getSession()) {
                session.addPasswordIdentity(pass);
                try {
                    session.auth().verify(15, TimeUnit.SECONDS);
                    return true;
                } catch (IOException refused) {
                    return false;
                }
            }
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** Resident set size of the JVM that runs Karaf (a child of bin/karaf). */
    private long residentKb() throws IOException {
        long best = 0;
        for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
            String cmd = p.info().commandLine().orElse("");
            if (cmd.contains("karaf.home=" + dist.home())) {
                for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        best = Math.max(best, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            }
        }
        return best;
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
