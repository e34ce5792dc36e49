package no.mentorkit.library.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.mentorkit.library.internal.model.Codes;
import no.mentorkit.library.internal.model.Resource;

/**
 * Writes the generated corpus as the library's Markdown files, so the REST load test imports through the API the
 * same fictional resources the JMH benchmarks index directly. Beside the folder it writes two query lists for the
 * load: {@code queries-popular.txt}, the benchmarks' dozen queries that recur, {@code queries-distinct.txt},
 * thousands of different two-word queries from the same vocabulary, so almost none recurs within a run, and
 * {@code queries-faceted.txt}, the same distinct queries each with facet choices, as a user narrows a search.
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
        Files.write(parent.resolve("queries-faceted.txt"), facetedQueries(), StandardCharsets.UTF_8);
    }

    /**
     * Each distinct query with a topic choice, taking the topics in turn; every fifth also a second topic (ORed within
     * the dimension) and every third the language of its words, as a user narrows a search by what the facets show.
     * A line is the text, a bar, and the facet parameters.
     */
    static List<String> facetedQueries() {
        List<String[]> pairs = pairs();
        List<String> out = new ArrayList<>(pairs.size());
        int topics = Codes.TOPICS.size();
        for (int i = 0; i < pairs.size(); i++) {
            StringBuilder line = new StringBuilder(pairs.get(i)[0]).append("|&topic=").append(Codes.TOPICS.get(i % topics));
            if (i % 5 == 0) {
                line.append("&topic=").append(Codes.TOPICS.get((i + 1 + (i / 5) % (topics - 1)) % topics));
            }
            if (i % 3 == 0) {
                line.append("&language=").append(pairs.get(i)[1]);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Every pair of two different words of one language's vocabulary, shuffled with a fixed seed. */
    static List<String> distinctQueries() {
        return pairs().stream().map(p -> p[0]).toList();
    }

    /** The distinct queries with the language of their words. */
    private static List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        Map<String, String[]> vocabularies = new LinkedHashMap<>();
        vocabularies.put("nb", GeneratedCorpus.NB);
        vocabularies.put("nn", GeneratedCorpus.NN);
        vocabularies.put("en", GeneratedCorpus.EN);
        vocabularies.forEach((language, vocab) -> {
            for (String a : vocab) {
                for (String b : vocab) {
                    if (!a.equals(b)) {
                        out.add(new String[] {a + " " + b, language});
                    }
                }
            }
        });
        Collections.shuffle(out, new Random(42));
        return out;
    }
}
