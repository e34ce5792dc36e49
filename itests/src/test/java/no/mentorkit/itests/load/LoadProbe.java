package no.mentorkit.itests.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps HTTP load on a running Mentorkit from a process of its own while a test changes modules, and writes what
 * every path answered. Run as {@code java -cp itests/target/test-classes no.mentorkit.itests.load.LoadProbe BASE USER
 * PASSWORD REPORT-FILE THREADS PATH...}; it stops when a file named REPORT-FILE.stop appears (or after ten minutes)
 * and writes one line per path and status, {@code <path> <status> <count>}, then failures with their first bodies.
 */
public final class LoadProbe {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Map<Integer, AtomicLong>> counts = new ConcurrentHashMap<>();
    private final Map<String, String> firstFailure = new ConcurrentHashMap<>();
    private final String base;
    private final String auth;

    private LoadProbe(String base, String user, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        LoadProbe probe = new LoadProbe(args[0], args[1], args[2]);
        Path report = Path.of(args[3]);
        int threads = Integer.parseInt(args[4]);
        List<String> paths = List.of(args).subList(5, args.length);
        Path stop = Path.of(args[3] + ".stop");
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                for (long i = offset; !Files.exists(stop) && System.nanoTime() < deadline; i++) {
                    probe.call(paths.get((int) (i % paths.size())));
                }
            });
            worker.start();
            workers.add(worker);
        }
        Files.writeString(Path.of(args[3] + ".started"), "started\n");
        for (Thread w : workers) {
            w.join();
        }
        probe.write(report);
    }

    private void call(String path) {
        int status;
        String body;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", auth).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (IOException e) {
            status = -1;
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        counts.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicLong())
                .incrementAndGet();
        if (status != 200) {
            firstFailure.putIfAbsent(path + " " + status, body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private void write(Path report) throws IOException {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).forEach((path, byStatus) -> new TreeMap<>(byStatus)
                .forEach((status, n) -> out.append(path).append(' ').append(status).append(' ').append(n.get()).append('\n')));
        new TreeMap<>(firstFailure).forEach((key, body) -> out.append("# ").append(key).append(": ")
                .append(body.replace('\n', ' ')).append('\n'));
        Files.writeString(report, out.toString());
    }
}
