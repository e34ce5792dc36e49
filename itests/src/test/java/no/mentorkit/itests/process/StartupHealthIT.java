package no.mentorkit.itests.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import no.mentorkit.itests.support.Distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health as a load balancer uses it (issue 15 item 4): the distribution is started several times, and the moment
 * {@code /api/health} first answers UP every module's API is asked at once, from several clients, for a few seconds.
 * None may answer 404 (the API not served yet), and health must not fall back to 503 afterwards. While starting,
 * anything the API answers other than a module's own answer must be a 503 with Retry-After.
 * <p>
 * {@code -Dmentorkit.it.starts=N} runs more starts for a soak (default 4: one cold, three warm).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupHealthIT {

    private static final String PASSWORD = "Fictional-startup-admin-1";
    private static final List<String> MODULE_PATHS = List.of("/api/registry/mentors", "/api/library/search?q=mentor",
            "/api/assessment/forms", "/api/ethics/checklists", "/api/modules");
    private static final Duration FIRE_FOR = Duration.ofSeconds(4);
    private static final Duration WATCH_HEALTH_FOR = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String auth = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private Distribution dist;

    @BeforeAll
    void create() {
        dist = new Distribution("startup-health", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
    }

    @AfterAll
    void stop() {
        dist.close();
    }

    @Test
    void everyModuleAnswersFromTheFirstUpAndHealthNeverFallsBack() throws Exception {
        int starts = Integer.getInteger("mentorkit.it.starts", 4);
        List<String> faults = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            long begin = System.nanoTime();
            dist.launch();
            List<String> beforeUp = new ArrayList<>();
            awaitFirstUp(beforeUp);
            long upMillis = (System.nanoTime() - begin) / 1_000_000;
            Round round = fireAtFirstUp();
            System.out.println("MEASURED start " + i + ": UP after " + upMillis + " ms; " + round.requests
                    + " requests at first UP, " + round.faults.size() + " faults; health after UP: "
                    + round.healthFaults.size() + " non-200");
            String start = "start " + i;
            beforeUp.forEach(f -> faults.add(start + " before UP: " + f));
            round.faults.forEach(f -> faults.add(start + ": " + f));
            round.healthFaults.forEach(f -> faults.add(start + " health after UP: " + f));
            dist.stop();
        }
        assertTrue(faults.isEmpty(), faults.size() + " faults, the first: "
                + faults.subList(0, Math.min(10, faults.size())));
    }

    /** Polls health tightly; meanwhile a module path must answer its own answer or 503 with Retry-After. */
    private void awaitFirstUp(List<String> faults) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        int probe = 0;
        while (System.nanoTime() < end) {
            Answer health = ask("/api/health", false);
            if (health != null && health.status == 200) {
                assertTrue(health.body.contains("\"UP\""), health.body);
                return;
            }
            if (health != null && health.status == 503) {
                // The API answers: while starting, a module path is served, or refused for now with Retry-After.
                Answer a = ask(MODULE_PATHS.get(probe++ % MODULE_PATHS.size()), true);
                if (a != null && a.status == 404) {
                    faults.add(a.path + " -> 404 " + a.body);
                } else if (a != null && a.status == 503 && a.retryAfter == null) {
                    faults.add(a.path + " -> 503 without Retry-After");
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no UP within 150 s; see " + dist.console());
    }

    private record Round(int requests, List<String> faults, List<String> healthFaults) {
    }

    private Round fireAtFirstUp() throws Exception {
        ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> healthFaults = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        long fireEnd = System.nanoTime() + FIRE_FOR.toNanos();
        List<Future<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < fireEnd) {
                    String path = MODULE_PATHS.get((offset + n) % MODULE_PATHS.size());
                    Answer a = ask(path, true);
                    n++;
                    if (a == null || a.status != 200) {
                        faults.add(path + " -> " + (a == null ? "no answer" : a.status + " " + a.body));
                    }
                }
                return n;
            }));
        }
        Future<?> health = pool.submit(() -> {
            long end = System.nanoTime() + WATCH_HEALTH_FOR.toNanos();
            while (System.nanoTime() < end) {
                Answer a = ask("/api/health", false);
                if (a == null || a.status != 200) {
                    healthFaults.add(a == null ? "no answer" : a.status + " " + a.body);
                }
                Thread.sleep(50);
            }
            return null;
        });
        int requests = 0;
        for (Future<Integer> f : clients) {
            requests += f.get(60, TimeUnit.SECONDS);
        }
        health.get(60, TimeUnit.SECONDS);
        pool.shutdownNow();
        return new Round(requests, List.copyOf(faults), List.copyOf(healthFaults));
    }

    private record Answer(String path, int status, String body, String retryAfter) {
    }

    /** One GET; null when nothing listens yet. */
    private Answer ask(String path, boolean signedIn) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dist.baseUrl() + path))
                .timeout(Duration.ofSeconds(20));
        if (signedIn) {
            b.header("Authorization", auth);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(path, r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aModulePathAnswersItsOwnStatusOnceUp() throws Exception {
        // Guards the test itself: after a start that reached UP, a path nobody serves is still a plain 404.
        dist.launch();
        awaitFirstUp(new ArrayList<>());
        Answer none = ask("/api/nothing-here", true);
        dist.stop();
        assertEquals(404, none.status, none.toString());
    }
}
