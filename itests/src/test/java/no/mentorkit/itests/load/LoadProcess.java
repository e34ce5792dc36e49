package no.mentorkit.itests.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LoadProbe} in a JVM of its own (a second process, as an outside client would be) and reads what it saw:
 * the count of every status per path.
 */
public final class LoadProcess implements AutoCloseable {

    private final Path report;
    private final Process process;

    public LoadProcess(String base, String user, String password, Path report, int threads, List<String> paths) {
        this.report = report;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("mentorkit.it.test-classes"), LoadProbe.class.getName(),
                base, user, password, report.toString(), String.valueOf(threads)));
        command.addAll(paths);
        try {
            Files.deleteIfExists(report);
            Files.deleteIfExists(Path.of(report + ".stop"));
            Files.deleteIfExists(Path.of(report + ".started"));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(report + ".log").toFile())).start();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!Files.exists(Path.of(report + ".started"))) {
                if (System.nanoTime() > end || !process.isAlive()) {
                    throw new IllegalStateException("the load process did not start; see " + report + ".log");
                }
                Thread.sleep(50);
            }
            Thread.sleep(500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the load and returns path → status → count, plus lines starting with # for the first failures. */
    public Result finish() {
        try {
            Files.writeString(Path.of(report + ".stop"), "stop\n");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the load process did not stop");
            }
            Map<String, Map<Integer, Long>> counts = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (String line : Files.readAllLines(report)) {
                if (line.startsWith("#")) {
                    failures.add(line);
                    continue;
                }
                String[] p = line.split(" ");
                counts.computeIfAbsent(p[0], k -> new TreeMap<>()).put(Integer.parseInt(p[1]), Long.parseLong(p[2]));
            }
            return new Result(counts, failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** What the load saw. */
    public record Result(Map<String, Map<Integer, Long>> counts, List<String> failures) {

        public long total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }

        public long notOk() {
            return counts.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> e.getKey() != 200)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return counts + " " + failures;
        }
    }
}
