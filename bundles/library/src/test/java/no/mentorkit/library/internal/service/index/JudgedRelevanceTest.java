package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.index.SearchModel.Hit;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged query set (src/test/resources/relevance) against the starter corpus and the shipped synonym groups, as
 * a coordinator (who may read every resource) searches them: prints nDCG@10 and the share of queries with a
 * relevant resource in the top five, and holds the bars of the Norwegian search issue.
 */
class JudgedRelevanceTest {

    private static final Path CORPUS = Path.of("src/main/resources/corpus");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/library");
    private static final Pattern SHIPPED_GROUP = Pattern.compile("INSERT INTO library\\.synonyms \\(terms, created_at\\)"
            + " VALUES \\('((?:[^']|'')*)'");

    private static LibraryIndex index;
    private static SearchEngine search;

    /** One judged query: resource number to grade. */
    record Judged(String language, String query, Map<String, Integer> grades) {
    }

    @BeforeAll
    static void open() throws IOException {
        index = LibraryIndex.open(new ByteBuffersDirectory());
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                long id = Long.parseLong(name.substring(0, name.indexOf('-')));
                index.upsert(Extractor.extract(name, Files.readAllBytes(f), Extractor.Defaults.basic()).toResource()
                        .withIdentity(id, 1, Instant.EPOCH, Instant.EPOCH));
            }
        }
        index.commit(1);
        index.refresh();
        search = new SearchEngine(index);
        search.setSynonyms(shippedSynonyms());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** The synonym groups the schema migrations insert: what a new installation searches with. */
    static List<String> shippedSynonyms() throws IOException {
        List<String> groups = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = SHIPPED_GROUP.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    groups.add(m.group(1).replace("''", "'"));
                }
            }
        }
        return groups;
    }

    static List<Judged> judged() throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/judged-queries.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String pair : cols[2].trim().split("\\s+")) {
                String[] kv = pair.split(":");
                grades.put(String.valueOf(Integer.parseInt(kv[0])), Integer.parseInt(kv[1]));
            }
            out.add(new Judged(cols[0], cols[1], grades));
        }
        return out;
    }

    static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return dcg / idcg;
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }

    @Test
    void aTypoInTheStarterCorpusStillGetsItsSpelling() {
        Result r = search.search(new Request("radikalisring", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR));
        assertThat(r.fuzzy()).isTrue();
        assertThat(r.didYouMean()).isEqualTo("radikalisering");
    }

    /** Only the compound's parts (a word the lexicon knows with ø only) may add low-ranked hits to the ø form. */
    @Test
    void oTypedForOeFindsWhatTheLetterItselfFinds() {
        List<String> typed = search.search(new Request("hoyreekstremisme", Map.of(), Sort.RELEVANCE, 0, 10,
                AccessLevel.COORDINATOR)).hits().stream().map(Hit::id).toList();
        List<String> exact = search.search(new Request("høyreekstremisme", Map.of(), Sort.RELEVANCE, 0, 10,
                AccessLevel.COORDINATOR)).hits().stream().map(Hit::id).toList();
        assertThat(typed).hasSizeGreaterThanOrEqualTo(5).isEqualTo(exact.subList(0, typed.size()));
    }

    @Test
    void theJudgedQueriesFindTheirResources() throws IOException {
        List<Judged> all = judged();
        double sum = 0;
        int top5 = 0;
        List<String> empty = new ArrayList<>();
        Map<String, double[]> byLanguage = new LinkedHashMap<>();
        StringBuilder weak = new StringBuilder();
        for (Judged j : all) {
            Result r = search.search(new Request(j.query(), Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR));
            List<String> ranked = r.hits().stream().map(Hit::id).toList();
            double ndcg = ndcgAt10(ranked, j.grades());
            sum += ndcg;
            boolean found = ranked.stream().limit(5).anyMatch(j.grades()::containsKey);
            top5 += found ? 1 : 0;
            if (ranked.isEmpty()) {
                empty.add(j.query());
            }
            byLanguage.computeIfAbsent(j.language(), k -> new double[2]);
            byLanguage.get(j.language())[0] += ndcg;
            byLanguage.get(j.language())[1]++;
            if (ndcg < 0.6) {
                weak.append(String.format("  %.2f %s '%s' -> %s%s%n", ndcg, j.language(), j.query(), ranked,
                        r.fuzzy() ? " (fuzzy)" : ""));
            }
        }
        double ndcg = sum / all.size();
        double share = (double) top5 / all.size();
        System.out.printf("Judged relevance: %d queries, nDCG@10 %.3f, relevant in top 5 %.1f %%, empty %d%n",
                all.size(), ndcg, share * 100, empty.size());
        byLanguage.forEach((lang, s) -> System.out.printf("  %s: %d queries, nDCG@10 %.3f%n", lang, (int) s[1],
                s[0] / s[1]));
        System.out.print(weak);
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(empty).as("queries whose answer exists but which find nothing").isEmpty();
        assertThat(ndcg).as("nDCG@10").isGreaterThanOrEqualTo(0.85);
    }
}
