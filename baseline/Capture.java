import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the API of one built bundle into the baseline repository: its manifest (Bundle-Version set to the release)
 * and the classes of its exported packages, nothing else, so a bundle embedding Lucene still costs kilobytes.
 * Run by capture.sh: {@code java Capture.java <bundle.jar> <groupId> <artifactId> <release> <repository>}.
 */
public class Capture {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java Capture.java <bundle.jar> <groupId> <artifactId> <release> <repository>");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]);
        String groupId = args[1];
        String artifactId = args[2];
        String release = args[3];
        Path folder = Path.of(args[4]).resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(release);
        Files.createDirectories(folder);
        String base = artifactId + "-" + release;
        Path jar = folder.resolve(base + ".jar");
        int classes = writeApi(bundle, release, jar);
        Path pom = folder.resolve(base + ".pom");
        Files.writeString(pom, """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <description>API baseline only: manifest and exported classes of the released bundle</description>
                </project>
                """.formatted(groupId, artifactId, release));
        writeSha1(jar);
        writeSha1(pom);
        System.out.printf("%s: %d classes, %d bytes%n", jar, classes, Files.size(jar));
    }

    private static int writeApi(Path bundle, String release, Path target) throws IOException {
        try (JarFile in = new JarFile(bundle.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            // A bundle exporting nothing keeps its manifest: the check then notices a package it starts to export.
            String exports = main.getValue("Export-Package");
            List<String> folders = new ArrayList<>();
            for (String pkg : exports == null ? List.<String>of() : packages(exports)) {
                folders.add(pkg.replace('.', '/') + "/");
            }
            // The baseline is the release: the check compares the bundle version with this one.
            main.putValue("Bundle-Version", release);
            int count = 0;
            try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, manifest)) {
                List<JarEntry> entries = in.stream().filter(e -> !e.isDirectory() && inFolder(e.getName(), folders))
                        .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                for (JarEntry entry : entries) {
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(0); // the same API captured twice gives the same bytes
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                    count++;
                }
            }
            return count;
        }
    }

    /** Only the package's own files: a subpackage is exported (or not) in its own right. */
    private static boolean inFolder(String name, List<String> folders) {
        return folders.stream().anyMatch(f -> name.startsWith(f) && name.indexOf('/', f.length()) < 0);
    }

    /** Package names of an Export-Package header: clauses split at commas outside quotes, names before the first ';'. */
    static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String name = clause.toString().split(";", 2)[0].trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }

    private static void writeSha1(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file));
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), HexFormat.of().formatHex(digest));
    }
}
