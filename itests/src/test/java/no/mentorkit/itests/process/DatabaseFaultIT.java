package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Ports;

/**
 * PostgreSQL away for ten seconds under load (issue 15 item 5), on a private PostgreSQL cluster this test creates,
 * stops and starts (its own data folder and port; run as the postgres user, so it needs root and PostgreSQL's
 * binaries, as CI has). While the database is away every answer is quick and a 503 problem+json with Retry-After,
 * health says DOWN; afterwards writes succeed again with no restart, every acknowledged write is there, and a write
 * answered 5xx was not stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultIT {

    private static final String PASSWORD = "Fictional-dbfault-admin-1";
    private static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The pool's connection timeout (2 s) plus margin on a loaded 2-core machine. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    private Path pgData;
    private int pgPort;
    private Distribution dist;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PG_BIN.resolve("initdb")), "PostgreSQL 15 binaries not installed");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run PostgreSQL as postgres");
        pgData = Files.createTempDirectory("mentorkit-dbfault-");
        pgPort = Ports.free();
        sh("chown postgres " + pgData);
        asPostgres(PG_BIN.resolve("initdb") + " -D " + pgData + "/data -A trust -U postgres --no-sync >/dev/null");
        pg("start");
        dist = new Distribution("db-fault", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        Files.writeString(dist.home().resolve("etc/org.ops4j.datasource-mentorkit.cfg"), String.join("\n",
                "dataSourceName = mentorkit", "osgi.jdbc.driver.class = org.postgresql.Driver",
                "url = jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres?connectTimeout=2&socketTimeout=60&tcpKeepAlive=true",
                "user = postgres", "password = unused-with-trust", "pool = hikari", "xa = false",
                "hikari.maximumPoolSize = 10", "hikari.poolName = mentorkit", "hikari.connectionTimeout = 2000",
                "hikari.validationTimeout = 1000", "hikari.registerMbeans = true", ""));
        dist.start();
        admin = dist.http().basic("admin", PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (dist != null) {
            dist.close();
        }
        if (pgData != null) {
            pg("stop -m immediate");
            sh("rm -rf " + pgData);
        }
    }

    @Test
    void databaseAwayForTenSecondsGivesQuick503sAndNothingAcknowledgedIsLost() throws Exception {
        List<Long> acknowledged = new ArrayList<>();
        ConcurrentLinkedQueue<Long> created = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> refusedWhileAway = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> uncertain = new ConcurrentLinkedQueue<>();
        AtomicBoolean away = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    long begin = System.nanoTime();
                    Http.Answer a = admin.post("/api/registry/mentors", JSON.writeValueAsString(profile(writer, n)));
                    Duration took = Duration.ofNanos(System.nanoTime() - begin);
                    if (a.status() == 201) {
                        created.add(a.json().path("id").asLong());
                    } else if (a.status() == 503 && a.header("Retry-After") != null
                            && a.header("Content-Type").startsWith("application/problem+json")) {
                        refusedWhileAway.add(a.status());
                        if (a.body().contains("may or may not have been stored")) {
                            uncertain.add(a.status());
                        }
                    } else {
                        faults.add(a.status() + " " + a.body());
                    }
                    if (away.get() && took.compareTo(QUICK) > 0) {
                        faults.add("an answer took " + took.toMillis() + " ms while the database was away");
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3000);
        pg("stop -m fast");
        away.set(true);
        long stoppedAt = System.nanoTime();
        Http.Answer health = null;
        while (System.nanoTime() - stoppedAt < Duration.ofSeconds(10).toNanos()) {
            long begin = System.nanoTime();
            health = dist.http().get("/api/health");
            long took = (System.nanoTime() - begin) / 1_000_000;
            assertTrue(took < QUICK.toMillis(), "health took " + took + " ms with the database away");
            Thread.sleep(500);
        }
        assertEquals(503, health.status(), health.toString());
        assertEquals("DOWN", health.json().path("status").asText());
        pg("start");
        away.set(false);
        assertTrue(Http.await(() -> dist.http().get("/api/health").status() == 200, Duration.ofSeconds(30)),
                "health UP again after the database returned, without a restart");
        int before = created.size();
        assertTrue(Http.await(() -> created.size() > before + 5, Duration.ofSeconds(30)), "writes succeed again");
        running.set(false);
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdownNow();

        acknowledged.addAll(created);
        System.out.println("MEASURED database away 10 s: " + acknowledged.size() + " writes acknowledged, "
                + refusedWhileAway.size() + " answered 503 with Retry-After, " + faults.size() + " other answers");
        assertTrue(faults.isEmpty(), faults.size() + " unexpected answers, e.g. " + faults.stream().limit(5).toList());
        assertTrue(refusedWhileAway.size() > 0, "the load met the database away");
        for (long id : acknowledged) {
            assertEquals(200, admin.get("/api/registry/mentors/" + id).status(), "acknowledged mentor " + id);
        }
        int stored = count();
        System.out.println("MEASURED database away 10 s: " + stored + " mentors stored, " + acknowledged.size()
                + " acknowledged");
        // Each request is one transaction: a 503 stored nothing, unless its answer said the database was lost
        // while the commit was on its way (then it may have been applied, and the client was told so).
        assertTrue(stored >= acknowledged.size() && stored <= acknowledged.size() + uncertain.size(),
                stored + " stored, " + acknowledged.size() + " acknowledged, " + uncertain.size()
                        + " answered 'may or may not have been stored'");
    }

    private int count() throws Exception {
        Process p = new ProcessBuilder("su", "postgres", "-c", PG_BIN.resolve("psql") + " -h 127.0.0.1 -p " + pgPort
                + " -tAc 'select count(*) from registry.mentors' postgres").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return Integer.parseInt(out);
    }

    private static Map<String, Object> profile(int writer, int n) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Skriver " + writer + "-" + n + " (fiktiv)");
        p.put("email", "fiktiv@example.org");
        p.put("organisation", "Kommunen (fiktiv)");
        p.put("organisationType", "municipality");
        p.put("employment", Map.of("model", "municipal-hours", "hoursPerWeek", 6));
        p.put("municipality", "Bergen");
        p.put("county", "Vestland");
        p.put("network", "vest");
        p.put("birthYear", 1980);
        p.put("gender", "male");
        p.put("languages", List.of(Map.of("code", "nb", "level", "native")));
        p.put("background", "Fiktiv bakgrunn");
        p.put("belonging", "Fiktiv tilhørighet");
        p.put("interests", List.of("football"));
        p.put("competences", List.of("family-work"));
        p.put("training", Map.of("cohort", "2022-12", "completed", true, "certifiedOn", "2022-12-09"));
        p.put("capacity", 3);
        p.put("status", "active");
        p.put("policeCertificate", Map.of("type", "uttømmende politiattest",
                "issuedOn", LocalDate.now().minusMonths(6).toString(), "seenBy", "Koordinator (fiktiv)"));
        return p;
    }

    private void pg(String action) throws Exception {
        asPostgres(PG_BIN.resolve("pg_ctl") + " -D " + pgData + "/data -w -t 30 -l " + pgData + "/log -o '-p " + pgPort
                + " -k " + pgData + " -c listen_addresses=127.0.0.1' " + action + " >/dev/null");
    }

    private static void asPostgres(String command) throws Exception {
        sh("su postgres -c \"" + command.replace("\"", "\\\"") + "\"");
    }

    private static void sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
    }
}
