package no.mentorkit.benchmarks.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * From a file landing in a running Mentorkit's {@code deploy/} folder to the form answering in
 * {@code GET /api/assessment/forms}: a {@code *.form.json} (our ArtifactInstaller) against Karaf's own hot deploy
 * of a bundle carrying a form (FileInstall's bundle deployer, then our extender), measured the same way.
 *
 * <pre>java -cp target/benchmarks.jar no.mentorkit.benchmarks.forms.DeployLatency KARAF_HOME BASE_URL ADMIN_PASSWORD [ROUNDS]</pre>
 */
public final class DeployLatency {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path deploy;
    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newHttpClient();

    private DeployLatency(Path home, String base, String password) {
        this.deploy = home.resolve("deploy");
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        DeployLatency d = new DeployLatency(Path.of(args[0]), args[1], args[2]);
        Random random = new Random(42);
        List<Long> forms = new ArrayList<>();
        List<Long> bundles = new ArrayList<>();
        long run = System.currentTimeMillis() % 100000;
        for (int i = 0; i < rounds; i++) {
            String version = run + "." + i + ".0";
            // A random pause puts each landing at a random phase of FileInstall's poll, as real copies are.
            Thread.sleep(200 + random.nextInt(1000));
            forms.add(d.land("bench-latency.form.json", LargeForm.json("bench-latency", version, 10), "bench-latency",
                    version));
            Thread.sleep(200 + random.nextInt(1000));
            bundles.add(d.land("bench-latency-bundle.jar", bundle(version), "bench-bundle", version));
            System.out.printf("round %2d: form.json %5d ms, bundle %5d ms%n", i, forms.get(i), bundles.get(i));
        }
        report("*.form.json (ArtifactInstaller)", forms);
        report("bundle jar (Karaf bundle deploy + extender)", bundles);
    }

    /** Moves the bytes into deploy/ and polls the API until the version answers; returns the milliseconds. */
    private long land(String file, byte[] content, String id, String version) throws Exception {
        Path tmp = deploy.resolveSibling(file + ".tmp");
        Files.write(tmp, content);
        long start = System.nanoTime();
        Files.move(tmp, deploy.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        while (!listed(id, version)) {
            if (System.nanoTime() - start > 60_000_000_000L) {
                throw new IllegalStateException(id + " " + version + " did not appear within 60 s");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private boolean listed(String id, String version) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/assessment/forms"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return false;
        }
        for (JsonNode f : JSON.readTree(r.body())) {
            if (f.path("id").asText().equals(id) && f.path("version").asText().equals(version)
                    && f.path("status").asText().equals("published")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bundle(String version) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "bench.forms.latency");
        a.putValue("Bundle-Version", version);
        a.putValue("Mentorkit-Forms", "forms/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new JarEntry("forms/"));
            jar.putNextEntry(new JarEntry("forms/bench-bundle.form.json"));
            jar.write(LargeForm.json("bench-bundle", version, 10));
        }
        return out.toByteArray();
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf("%-45s n=%d  p50=%d ms  p95=%d ms  max=%d ms%n", what, sorted.size(), p50, p95,
                sorted.get(sorted.size() - 1));
    }
}
