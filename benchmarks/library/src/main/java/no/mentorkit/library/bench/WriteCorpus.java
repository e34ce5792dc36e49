package no.mentorkit.library.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import no.mentorkit.library.internal.model.Resource;

/**
 * Writes the generated corpus as the library's Markdown files, so the REST load test imports through the API the
 * same fictional resources the JMH benchmarks index directly. Beside the folder it writes two query lists for the
 * load: {@code queries-popular.txt}, the benchmarks' dozen queries that recur, and {@code queries-distinct.txt},
 * thousands of different two-word queries from the same vocabulary, so almost none recurs within a run.
 *
 * <pre>java -cp benchmarks/library/target/benchmarks.jar no.mentorkit.library.bench.WriteCorpus FOLDER COUNT</pre>
 */
public final class WriteCorpus {

    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (Resource r : GeneratedCorpus.generate(count, 42)) {
            String md = "---\n"
                    + "title: " + r.title() + " (fiktiv)\n"
                    + "summary: " + r.summary() + "\n"
                    + "language: " + r.language() + "\n"
                    + "topics: [" + String.join(", ", r.topics()) + "]\n"
                    + "audience: [" + String.join(", ", r.audience()) + "]\n"
                    + "source: Generert for lasttest (fiktiv)\n"
                    + "author: Benchmark\n"
                    + "year: " + r.year() + "\n"
                    + "evidence: " + r.evidence() + "\n"
                    + "access: " + r.access().code() + "\n"
                    + "---\n" + r.body();
            Files.writeString(folder.resolve(String.format("gen-%06d.md", r.id())), md, StandardCharsets.UTF_8);
        }
        Path parent = folder.toAbsolutePath().getParent();
        Files.write(parent.resolve("queries-popular.txt"), List.of(GeneratedCorpus.QUERIES), StandardCharsets.UTF_8);
        Files.write(parent.resolve("queries-distinct.txt"), distinctQueries(), StandardCharsets.UTF_8);
    }

    /** Every pair of two different words of one language's vocabulary, shuffled with a fixed seed. */
    static List<String> distinctQueries() {
        List<String> out = new ArrayList<>();
        for (String[] vocab : List.of(GeneratedCorpus.NB, GeneratedCorpus.NN, GeneratedCorpus.EN)) {
            for (String a : vocab) {
                for (String b : vocab) {
                    if (!a.equals(b)) {
                        out.add(a + " " + b);
                    }
                }
            }
        }
        Collections.shuffle(out, new Random(42));
        return out;
    }
}
