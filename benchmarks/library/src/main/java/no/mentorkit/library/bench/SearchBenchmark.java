package no.mentorkit.library.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.Analyzers;
import no.mentorkit.library.internal.service.index.Documents;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchModel;
import no.mentorkit.library.internal.service.index.SearchEngine;
import no.mentorkit.library.internal.model.Resource;

/**
 * Search latency on a 100,000-document index (one index, built once): the module's {@link SearchEngine} (text
 * across the language fields with synonyms, access filter, drill-sideways facets over five dimensions, snippets
 * for ten hits, stored fields) against bare Lucene doing the same work with an {@link IndexSearcher}: the same text
 * query and filter, {@link SortedSetDocValuesFacetCounts} for the five dimensions, a {@link UnifiedHighlighter} with
 * the module's passage breaks that reads offsets from the postings (weight matches off, as the module) and stored
 * fields. {@code bareTopTen} (query and stored fields only) is shown for
 * context. The ratio module/bare at p50 is the bar (≤ 1.2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SearchBenchmark {

    static final int DOCS = 100_000;
    private static final String[] TEXT = {"title", "summary", "body"};
    private static final float[] BOOSTS = {3f, 1.5f, 1f};

    private Path folder;
    private LibraryIndex index;
    private SearchEngine module;
    private DirectoryReader reader;
    private IndexSearcher bare;
    private SortedSetDocValuesReaderState facetState;
    private final Analyzer analyzer = Analyzers.index();
    private Analyzer queryAnalyzer = analyzer;
    int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        folder = Files.createTempDirectory("mentorkit-library-bench");
        index = LibraryIndex.open(folder);
        for (Resource r : GeneratedCorpus.generate(DOCS, 42)) {
            index.add(r);
        }
        index.commit(1);
        index.refresh();
        module = new SearchEngine(index);
        // Both sides analyse the query with the same synonym map, so they do the same work;
        // -Dbench.synonyms=false compares without synonyms on both sides.
        if (Boolean.parseBoolean(System.getProperty("bench.synonyms", "true"))) {
            List<String> groups = List.of("fremmedkriger, framandkrigar, foreign fighter");
            module.setSynonyms(groups);
            queryAnalyzer = Analyzers.query(Analyzers.synonymMaps(groups));
        }
        reader = DirectoryReader.open(FSDirectory.open(folder));
        bare = new IndexSearcher(reader);
        facetState = new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        reader.close();
        index.close();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    /**
     * Thousands of different queries in turn: the module keeps answers and counts per searcher, and a recurring
     * query would measure that cache instead of the search.
     */
    private static final List<String> QUERIES = WriteCorpus.distinctQueries();

    String nextQuery() {
        next = (next + 1) % QUERIES.size();
        return QUERIES.get(next);
    }

    @Benchmark
    public SearchModel.Result module() {
        return module.search(new SearchModel.Request(nextQuery(), Map.of(), SearchModel.Sort.RELEVANCE, 0, 10,
                AccessLevel.COORDINATOR));
    }

    @Benchmark
    public Object bareLucene() throws IOException {
        Query q = query(nextQuery());
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = FacetsCollector.search(bare, q, 10, fc);
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, fc);
        List<FacetResult> facets = new ArrayList<>();
        for (String dim : Documents.DIMENSIONS) {
            facets.add(counts.getTopChildren(100, dim));
        }
        String[] fields = {"body_nb", "body_nn", "body_en"};
        int[] ids = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        int[] passages = {2, 2, 2};
        // Offsets from the postings without the weight-matches mode, as the module highlights.
        Map<String, String[]> snippets = UnifiedHighlighter.builder(bare, analyzer).withMaxLength(200_000)
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), 160, 0.5f)).build()
                .highlightFields(fields, q, ids, passages);
        List<Document> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(bare.storedFields().document(sd.doc));
        }
        return new Object[] {top.totalHits, facets, snippets, docs};
    }

    @Benchmark
    public Object bareTopTen() throws IOException {
        TopDocs top = bare.search(query(nextQuery()), 10);
        List<Document> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(bare.storedFields().document(sd.doc));
        }
        return docs;
    }

    Query query(String text) {
        QueryBuilder qb = new QueryBuilder(queryAnalyzer);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String lang : Analyzers.LANGUAGES) {
            for (int i = 0; i < TEXT.length; i++) {
                Query fq = qb.createBooleanQuery(TEXT[i] + "_" + lang, text, Occur.SHOULD);
                // Each word its own clause, as the module builds it: one flat disjunction.
                float boost = BOOSTS[i];
                if (fq instanceof BooleanQuery words) {
                    words.clauses().forEach(w -> b.add(new BoostQuery(w.getQuery(), boost), Occur.SHOULD));
                } else if (fq != null) {
                    b.add(new BoostQuery(fq, BOOSTS[i]), Occur.SHOULD);
                }
            }
        }
        List<BytesRef> all = List.of(new BytesRef("all"), new BytesRef("trained"), new BytesRef("coordinator"));
        return new BooleanQuery.Builder().add(b.build(), Occur.MUST)
                .add(new TermInSetQuery("access", all), Occur.FILTER).build();
    }
}
