package no.mentorkit.itests.process;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.itests.support.Checklists;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Required;
import no.mentorkit.itests.support.TestPostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash harness: concurrent writers across every module, the Karaf process tree killed with SIGKILL mid-load,
 * a restart, and every acknowledged write checked: still there with its content, its id never given to another
 * record, its audit entry present, the chain verifying, the library index agreeing with the database. Three rounds on
 * H2 and one on PostgreSQL by default; {@code -Dmentorkit.crash.rounds=N} runs more (a soak run). Prints one
 * {@code MEASURED} line per round. {@code -Dmentorkit.crash.assembly=DIR} runs it against another unpacked build.
 */
class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The container tests' admin password: on PostgreSQL they share the test database, and its first admin. */
    private static final String ADMIN_PASSWORD = no.mentorkit.itests.container.MentorkitContainer.ADMIN_PASSWORD;
    private static final String PASSWORD = "Test-only-crash-user-1";
    private static final int WRITERS = 8;
    private static final Duration LOAD = Duration.ofMillis(Long.getLong("mentorkit.crash.load-ms", 5000));
    /** A word in every title the library writers create, to count them in the index and in the database. */
    private static final String LIBRARY_WORD = "krasjprøve";

    /** One acknowledged write: what kind, its id, where to read it back, what the answer must contain. */
    record Ack(String kind, String id, String readPath, String token, String auditKey) {
    }

    /** What a round found. */
    record Round(int round, long acknowledged, long lost, long reused, long unaudited, boolean chainValid,
            boolean indexAgrees, long restartMillis) {
        boolean clean() {
            return lost == 0 && reused == 0 && unaudited == 0 && chainValid && indexAgrees;
        }
    }

    @Test
    void h2() {
        List<Round> rounds = run("crash-h2", Map.of(), Integer.getInteger("mentorkit.crash.rounds", 3), null);
        assertClean(rounds);
    }

    @Test
    void postgres() {
        String url = TestPostgres.url();
        if (!TestPostgres.reachable(url)) {
            // Skipped on a developer machine without PostgreSQL; Required fails the test instead under CI=true.
            Assumptions.assumeTrue(false, Required.unavailable("PostgreSQL"));
        }
        Map<String, String> ds = new LinkedHashMap<>();
        ds.put("osgi.jdbc.driver.class", "org.postgresql.Driver");
        ds.put("url", url);
        ds.put("user", TestPostgres.user());
        ds.put("password", TestPostgres.password());
        List<Round> rounds = run("crash-pg", ds, Integer.getInteger("mentorkit.crash.pg-rounds", 1), url);
        assertClean(rounds);
    }

    private static void assertClean(List<Round> rounds) {
        for (Round r : rounds) {
            assertTrue(r.acknowledged() > 0, "round " + r.round() + " acknowledged writes");
        }
        assertEquals(List.of(), rounds.stream().filter(r -> !r.clean()).toList(), "rounds with lost, reused or "
                + "unaudited writes, a broken chain or an index that disagrees");
    }

    private List<Round> run(String name, Map<String, String> datasource, int rounds, String pgUrl) {
        String assembly = System.getProperty("mentorkit.crash.assembly");
        Map<String, String> env = Map.of("MENTORKIT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Distribution dist = assembly == null || assembly.isBlank() ? new Distribution(name, env)
                : new Distribution(name, env, Path.of(assembly));
        datasource.forEach((k, v) -> dist.setProperty("etc/org.ops4j.datasource-mentorkit.cfg", k, v));
        List<Round> results = new ArrayList<>();
        try {
            dist.start();
            Fixture fx = new Fixture(dist.http(), pgUrl != null);
            List<Ack> all = Collections.synchronizedList(new ArrayList<>());
            for (int round = 1; round <= rounds; round++) {
                List<Ack> acks = load(fx, round);
                dist.kill();
                long restart = dist.start().toMillis();
                fx.awaitApis();
                Round r = check(fx, round, acks, all, restart);
                System.out.println("MEASURED crash " + name + " round " + round + ": acknowledged " + r.acknowledged()
                        + ", lost " + r.lost() + ", reused " + r.reused() + ", unaudited " + r.unaudited()
                        + ", chain " + (r.chainValid() ? "valid" : "BROKEN") + ", index "
                        + (r.indexAgrees() ? "agrees" : "DISAGREES") + ", restart to health " + restart + " ms");
                results.add(r);
            }
            concurrentEditsHaveOneWinner(fx);
        } finally {
            dist.close();
        }
        return results;
    }

    // --- the load ---

    private List<Ack> load(Fixture fx, int round) {
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong counter = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long n = counter.incrementAndGet();
                    try {
                        Ack a = fx.write(writer, round, n);
                        if (a != null) {
                            acks.add(a);
                        }
                    } catch (AssertionError | RuntimeException e) {
                        // No answer (the process is gone): not acknowledged, nothing to check.
                    }
                }
            }, "crash-writer-" + w);
            t.start();
            threads.add(t);
        }
        sleep(LOAD.toMillis());
        // The kill comes while the writers are still writing; they stop once it is done.
        Thread stopper = new Thread(() -> {
            sleep(3000);
            stop.set(true);
        });
        stopper.start();
        return new AckView(acks, threads, stop);
    }

    /** The acknowledged writes, complete once the writers have stopped (after the kill). */
    private static final class AckView extends ArrayList<Ack> {
        private static final long serialVersionUID = 1L;
        private final transient List<Ack> live;
        private final transient List<Thread> threads;
        private final transient AtomicBoolean stop;

        AckView(List<Ack> live, List<Thread> threads, AtomicBoolean stop) {
            this.live = live;
            this.threads = threads;
            this.stop = stop;
        }

        List<Ack> settled() {
            stop.set(true);
            for (Thread t : threads) {
                try {
                    t.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (live) {
                return new ArrayList<>(live);
            }
        }
    }

    /**
     * Edits now hold their rows until the request commits: eight concurrent edits of one record at the same version
     * still make exactly one winner, and the others a 409, never a 5xx from a lock wait.
     */
    private void concurrentEditsHaveOneWinner(Fixture fx) {
        Http.Answer m = fx.coordinator.post("/api/registry/mentors", json(profile("Redigert mentor")));
        assertEquals(201, m.status(), m.toString());
        String mentor = "/api/registry/mentors/" + m.json().path("id").asText();
        Http.Answer d = fx.admin.post("/api/library/documents", Http.json("title", "Redigert ressurs (fiktiv)",
                "summary", "Fiktiv.", "body", "Fiktiv tekst.", "language", "nb", "topics", List.of("family"),
                "audience", List.of("mentor"), "year", 2025, "evidence", "practice", "access", "all"));
        assertEquals(201, d.status(), d.toString());
        String doc = "/api/library/documents/" + d.json().path("id").asText();
        List<Integer> mentorStatuses = race(i -> fx.coordinator.send("PUT", mentor, json(Map.of("version", 1,
                "profile", profile("Redigert mentor " + i))), "application/json").status());
        List<Integer> docStatuses = race(i -> fx.admin.send("PUT", doc, Http.json("title", "Redigert ressurs " + i
                + " (fiktiv)", "summary", "Fiktiv.", "body", "Fiktiv tekst " + i + ".", "language", "nb", "topics",
                List.of("family"), "audience", List.of("mentor"), "year", 2025, "evidence", "practice", "access",
                "all", "version", 1), "application/json").status());
        System.out.println("MEASURED concurrent edits of one record: mentor " + mentorStatuses + ", library "
                + docStatuses);
        for (List<Integer> statuses : List.of(mentorStatuses, docStatuses)) {
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
            assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == 409).count(), "409 for the rest: "
                    + statuses);
        }
    }

    private static List<Integer> race(IntFunction<Integer> edit) {
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                statuses.add(edit.apply(n));
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ArrayList<>(statuses);
    }

    // --- the checks ---

    private Round check(Fixture fx, int round, List<Ack> roundAcks, List<Ack> all, long restart) {
        List<Ack> acks = ((AckView) roundAcks).settled();
        synchronized (all) {
            all.addAll(acks);
        }
        // The audit first: reading the records back writes entries of its own.
        JsonNode verify = fx.admin.get("/api/audit/verify").json();
        boolean chainValid = verify.path("valid").asBoolean();
        Map<String, Integer> audited = fx.auditCounts();
        Map<String, Integer> expected = new HashMap<>();
        long unaudited = 0;
        for (Ack a : acks) {
            if (a.auditKey() != null) {
                int need = expected.merge(a.auditKey(), 1, Integer::sum);
                if (audited.getOrDefault(a.auditKey(), 0) < need) {
                    unaudited++;
                    report("unaudited", a);
                }
            }
        }
        long lost = 0;
        Map<String, String> bodies = new HashMap<>();
        for (Ack a : acks) {
            String body = bodies.computeIfAbsent(a.readPath(), p -> {
                Http.Answer ans = fx.clientFor(a.kind()).get(p);
                return ans.status() == 200 ? ans.body() : "";
            });
            if (!body.contains(a.token())) {
                lost++;
                report("lost", a);
            }
        }
        // An id acknowledged twice for different records of one kind was handed out again.
        Map<String, String> firstToken = new HashMap<>();
        long reused = 0;
        synchronized (all) {
            for (Ack a : all) {
                if (a.id() == null) {
                    continue;
                }
                String before = firstToken.putIfAbsent(a.kind() + "#" + a.id(), a.token());
                if (before != null && !before.equals(a.token())) {
                    reused++;
                    report("reused", a);
                }
            }
        }
        Map<String, Integer> kinds = new TreeMap<>();
        acks.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
        System.out.println("CRASH round " + round + " acknowledged by kind: " + kinds);
        return new Round(round, acks.size(), lost, reused, unaudited, chainValid, fx.indexAgrees(), restart);
    }

    private static void report(String what, Ack a) {
        System.out.println("CRASH " + what + ": " + a);
    }

    // --- the fixture: users, a mentor with a course, a published form ---

    private static final class Fixture {
        final Http admin;
        final Http coordinator;
        final Http mentor;
        final String code;
        final long mentorId;
        final String formId;
        final String run = UUID.randomUUID().toString().substring(0, 6);
        /** Case codes look like ABC-2026-014: three random capitals per run, one more per round. */
        final String letters = randomLetters(3);

        Fixture(Http anonymous, boolean shared) {
            admin = anonymous.basic("admin", ADMIN_PASSWORD);
            awaitApis();
            String coord = user("coordinator");
            String men = user("mentor");
            coordinator = anonymous.basic(coord, PASSWORD);
            mentor = anonymous.basic(men, PASSWORD);
            long mentorUser = userId(men);
            Map<String, Object> p = profile("Krasjmentor " + run);
            p.put("userId", mentorUser);
            Http.Answer m = coordinator.post("/api/registry/mentors", json(p));
            assertEquals(201, m.status(), m.toString());
            mentorId = m.json().path("id").asLong();
            assertEquals(201, coordinator.post("/api/registry/mentors/" + mentorId + "/supervision", Http.json("date",
                    LocalDate.now().toString(), "supervisor", "Veileder (fiktiv)", "form", "group", "topics",
                    "Oppstart")).status());
            code = letters + "-2026-001";
            Map<String, Object> need = Map.of("caseCode", code, "targetGroup", "at-risk", "level", "individual",
                    "municipality", "Bergen");
            Http.Answer c = coordinator.post("/api/registry/match/confirm", json(Map.of("need", need, "mentorId",
                    mentorId)));
            assertEquals(201, c.status(), c.toString());
            Http.Answer active = coordinator.post("/api/registry/courses/" + code + "/status",
                    Http.json("version", c.json().path("version").asInt(), "status", "active"));
            assertEquals(200, active.status(), active.toString());
            formId = "krasj-" + run;
            Http.Answer f = admin.post("/api/forms?publish=true&name=" + formId + ".form.json",
                    form(formId, "1.0.0"));
            assertTrue(f.status() / 100 == 2, f.toString());
        }

        void awaitApis() {
            for (String path : List.of("/api/registry/mentors", "/api/library/documents", "/api/ethics/requirements",
                    "/api/assessment/forms", "/api/audit?limit=1")) {
                assertTrue(Http.await(() -> admin.get(path).status() == 200, Duration.ofSeconds(90)),
                        path + " answers after a start");
            }
        }

        private String user(String role) {
            String name = role.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Answer a = admin.post("/api/users", Http.json("username", name, "displayName", "Fictional " + role,
                    "roles", List.of(role), "password", PASSWORD));
            assertEquals(201, a.status(), a.toString());
            return name;
        }

        private long userId(String username) {
            for (JsonNode u : admin.get("/api/users").json()) {
                if (u.path("username").asText().equals(username)) {
                    return u.path("id").asLong();
                }
            }
            throw new AssertionError("no user " + username);
        }

        Http clientFor(String kind) {
            return switch (kind) {
                case "session", "disclosure", "assessment", "completion" -> mentor;
                case "library", "form" -> admin;
                default -> coordinator;
            };
        }

        /** One write of the kind this writer makes; the acknowledgement, or null if it was refused. */
        Ack write(int writer, int round, long n) {
            String token = "krasj-" + run + "-" + round + "-" + n;
            switch (writer) {
                case 0: {
                    Http.Answer a = coordinator.post("/api/registry/mentors", json(profile("Mentor " + token)));
                    return a.status() != 201 ? null : new Ack("mentor", id(a), "/api/registry/mentors/" + id(a),
                            token, "registry|create|mentor|" + id(a));
                }
                case 1: {
                    Http.Answer a = admin.post("/api/library/documents", Http.json("title", LIBRARY_WORD + " " + token,
                            "summary", "Fiktiv testressurs.", "body", "Fiktiv tekst " + token, "language", "nb",
                            "topics", List.of("family"), "audience", List.of("mentor"), "year", 2025, "evidence",
                            "practice", "access", "all"));
                    return a.status() != 201 ? null : new Ack("library", id(a), "/api/library/documents/" + id(a),
                            token, "library|create|resource|" + id(a));
                }
                case 2: {
                    String caseCode = letters + (char) ('A' + round % 26) + "-2026-" + String.format("%04d", n % 10000);
                    Http.Answer a = coordinator.post("/api/registry/courses", Http.json("caseCode", caseCode,
                            "targetGroup", "at-risk", "level", "individual"));
                    return a.status() != 201 ? null : new Ack("course", caseCode, "/api/registry/courses/" + caseCode,
                            caseCode, "registry|create|course|" + caseCode);
                }
                case 3: {
                    Http.Answer a = mentor.post("/api/registry/courses/" + code + "/sessions", Http.json("date",
                            LocalDate.now().toString(), "minutes", 45, "kind", "meeting", "notes", "Notat " + token));
                    return a.status() != 201 ? null : new Ack("session", null, "/api/registry/courses/" + code, token,
                            "registry|course.session|course|" + code);
                }
                case 4: {
                    Http.Answer a = coordinator.post("/api/registry/mentors/" + mentorId + "/supervision",
                            Http.json("date", LocalDate.now().toString(), "supervisor", "Veileder (fiktiv)", "form",
                                    "group", "topics", "Tema " + token));
                    return a.status() != 201 ? null : new Ack("supervision", null, "/api/registry/mentors/" + mentorId
                            + "/supervision", token, "registry|create|mentor.supervision|" + mentorId);
                }
                case 5: {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("caseCode", code);
                    d.put("disclosedAt", LocalDate.now().minusDays(1).toString());
                    d.put("recipient", "Barnevernstjenesten i Fiktiv kommune");
                    d.put("what", "Opplysning " + token + " (fiktiv)");
                    d.put("legalBasis", "consent");
                    d.put("decidedBy", "Koordinator (fiktiv)");
                    Http.Answer a = mentor.post("/api/ethics/disclosures", json(d));
                    return a.status() != 201 ? null : new Ack("disclosure", id(a), "/api/ethics/disclosures?caseCode="
                            + code, token, "ethics|create|disclosure|" + id(a));
                }
                case 6: {
                    if (n % 5 == 0) {
                        String version = "1." + round + "." + n;
                        Http.Answer a = admin.post("/api/forms?publish=true&name=" + formId + "-" + n
                                + ".form.json", form(formId, version));
                        return a.status() / 100 != 2 ? null : new Ack("form", null, "/api/assessment/forms",
                                "\"" + version + "\"", null);
                    }
                    Http.Answer a = mentor.post("/api/assessment/assessments", Http.json("caseCode", code, "formId",
                            formId));
                    return a.status() != 201 ? null : new Ack("assessment", id(a), "/api/assessment/assessments/"
                            + id(a), "\"id\":" + id(a), "assessment|create|assessment|" + id(a));
                }
                default: {
                    Http.Answer a = mentor.post("/api/ethics/completions", Http.json("subject", "course:" + code,
                            "checklistId", "course-start"));
                    if (a.status() != 201) {
                        return null;
                    }
                    JsonNode c = a.json();
                    String id = c.path("summary").path("id").asText();
                    Http.Answer signed = mentor.post("/api/ethics/completions/" + id + "/sign", json(Map.of("version",
                            c.path("summary").path("version").asInt(), "answers", Checklists.answers(c.path("form")))));
                    // A signature acknowledged must survive too: then the record must read back as signed.
                    String token2 = signed.status() == 200 ? "\"signed\"" : "\"id\":" + id;
                    return new Ack("completion", id, "/api/ethics/completions/"
                            + id, token2, "ethics|create|completion|" + id);
                }
            }
        }

        /** Audit entries counted by module, action, record type and id. */
        Map<String, Integer> auditCounts() {
            Map<String, Integer> counts = new HashMap<>();
            int offset = 0;
            while (true) {
                JsonNode page = admin.get("/api/audit?limit=1000&offset=" + offset).json();
                JsonNode entries = page.path("entries");
                for (JsonNode e : entries) {
                    counts.merge(e.path("module").asText() + "|" + e.path("action").asText() + "|"
                            + e.path("recordType").asText() + "|" + e.path("recordId").asText(), 1, Integer::sum);
                }
                if (entries.size() < 1000) {
                    return counts;
                }
                offset += 1000;
            }
        }

        /** The library's search finds exactly the crash documents the database holds. */
        boolean indexAgrees() {
            long inDatabase = 0;
            int offset = 0;
            while (true) {
                JsonNode page = admin.get("/api/library/documents?limit=200&offset=" + offset).json();
                JsonNode items = page.isArray() ? page : page.path("items").isMissingNode() ? page.path("resources")
                        : page.path("items");
                int size = 0;
                for (JsonNode r : items) {
                    size++;
                    if (r.path("title").asText().startsWith(LIBRARY_WORD)) {
                        inDatabase++;
                    }
                }
                if (size < 200) {
                    break;
                }
                offset += 200;
            }
            long indexed = admin.get("/api/library/search?q=" + URLEncoder.encode(LIBRARY_WORD,
                    StandardCharsets.UTF_8)).json().path("total").asLong(-1);
            if (indexed != inDatabase) {
                System.out.println("CRASH index: " + indexed + " hits, " + inDatabase + " in the database");
            }
            return indexed == inDatabase;
        }

        private static String randomLetters(int n) {
            Random r = new Random();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append((char) ('A' + r.nextInt(26)));
            }
            return b.toString();
        }

        private static String id(Http.Answer a) {
            return a.json().path("id").asText();
        }
    }

    static Map<String, Object> profile(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name + " (fiktiv)");
        p.put("organisation", "Kommunen (fiktiv)");
        p.put("organisationType", "municipality");
        p.put("employment", Map.of("model", "municipal-hours", "hoursPerWeek", 6));
        p.put("municipality", "Bergen");
        p.put("network", "vest");
        p.put("birthYear", 1980);
        p.put("gender", "female");
        p.put("languages", List.of(Map.of("code", "nb", "level", "native")));
        p.put("training", Map.of("cohort", "2022-12", "completed", true, "certifiedOn", "2022-12-09"));
        p.put("capacity", 20);
        p.put("status", "active");
        p.put("policeCertificate", Map.of("type", "uttømmende politiattest",
                "issuedOn", LocalDate.now().minusMonths(6).toString(), "seenBy", "Koordinator (fiktiv)"));
        return p;
    }

    static String form(String id, String version) {
        return """
                {"id":"%s","version":"%s","kind":"assessment",
                 "title":{"nb":"Krasjskjema (fiktivt)","nn":"Krasjskjema (fiktivt)","en":"Crash form (fictional)"},
                 "sections":[{"id":"s1","title":{"nb":"Del 1","nn":"Del 1","en":"Part 1"},"items":[
                   {"id":"concern","type":"yesno","required":true,"label":{"nb":"Uro?","nn":"Uro?","en":"Concern?"}}]}],
                 "judgement":{"levels":[{"value":"low","label":{"nb":"Lav","nn":"Låg","en":"Low"}},
                                        {"value":"high","label":{"nb":"Høy","nn":"Høg","en":"High"}}]}}
                """.formatted(id, version);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
