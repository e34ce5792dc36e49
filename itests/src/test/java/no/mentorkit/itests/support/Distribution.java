package no.mentorkit.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of the built distribution ({@code karaf-assembly/target/assembly}) started the way an operator starts
 * it, {@code bin/karaf server}, on free ports. Used by tests that need the process as a whole: first-start
 * behaviour, SSH, and the browser.
 */
public final class Distribution implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    public Distribution(String name, Map<String, String> environment) {
        this(name, environment, Path.of(System.getProperty("mentorkit.assembly.dir")));
    }

    /** A copy of another unpacked assembly (e.g. an older build, to show that a test fails on it). */
    public Distribution(String name, Map<String, String> environment, Path source) {
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("Build the assembly first (mvn verify from the root): " + source);
        }
        this.home = Path.of(System.getProperty("mentorkit.it.work"), name);
        this.httpPort = Ports.free();
        this.sshPort = Ports.free();
        this.environment = environment;
        deleteRecursively(home);
        copyRecursively(source, home);
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        // Nothing required by the ethics module on first start, so other modules' tests may activate courses.
        setProperty("etc/no.mentorkit.ethics.cfg", "requiredOnFirstStart", "");
    }

    /** Starts the process and waits for {@code /api/health}; returns how long that took. */
    public Duration start() {
        long begin = System.nanoTime();
        launch();
        if (!http().awaitOk("/api/health", Duration.ofSeconds(120))) {
            throw new IllegalStateException("Mentorkit did not answer /api/health within 120 s; see " + console());
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Starts the process without waiting for it, for tests that watch the start itself. */
    public void launch() {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        pb.environment().remove("MENTORKIT_ADMIN_PASSWORD");
        pb.environment().putAll(environment);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts++;
    }

    /** Stops the process and everything it started. */
    public void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle p : tree) {
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    /**
     * Kills the process and everything it started with SIGKILL at once, as a crash or the OOM killer would: no
     * shutdown hook, no flush. Waits until they are gone.
     */
    public void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + p.pid() + " did not die", e);
            }
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    public Http http() {
        return new Http(baseUrl());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    public Path home() {
        return home;
    }

    public int starts() {
        return starts;
    }

    /** What the process printed on its console, over all starts. */
    public Path console() {
        return home.resolve("console.log");
    }

    public String consoleText() {
        try {
            return Files.exists(console()) ? Files.readString(console()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one key of a Karaf {@code .cfg} file, as an operator would edit it. */
    public void setProperty(String file, String key, String value) {
        Path path = home.resolve(file);
        try {
            String text = Files.exists(path) ? Files.readString(path) : "";
            // A value may go on over several lines ending in a backslash (featuresBoot does): replace all of them.
            Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=(?:.*\\\\\\R)*.*$").matcher(text);
            String line = key + " = " + value;
            text = m.find() ? m.replaceFirst(Matcher.quoteReplacement(line)) : text + System.lineSeparator() + line
                    + System.lineSeparator();
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
