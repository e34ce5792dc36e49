package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.service.index.SearchModel.FacetValue;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals and facet counts from match sets equal what Lucene's own facet counting gives for the same query and access
 * filter, also on an index of several segments with replaced (deleted) documents; the page equals an exhaustive
 * search's.
 */
class MatchSetsTest {

    private static final List<String> TOPICS = List.of("islamist", "right-wing", "family", "trauma", "returnees");
    private LibraryIndex index;
    private SearchEngine search;

    @BeforeEach
    void open() throws Exception {
        index = LibraryIndex.open(new ByteBuffersDirectory());
        List<Resource> base = TestCorpus.resources();
        long id = 1;
        for (int round = 0; round < 6; round++) {
            for (Resource r : base) {
                index.upsert(variant(r, id++, round));
            }
            index.refresh(); // a segment per round
        }
        // Replace some: the old versions stay in their segments as deleted documents.
        for (long replaced = 2; replaced < id; replaced += 3) {
            index.upsert(variant(base.get((int) (replaced % base.size())), replaced, 7));
        }
        index.refresh();
        search = new SearchEngine(index);
        search.setSynonyms(List.of("fremmedkriger, framandkrigar, foreign fighter"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    /** The same text under another id, access level, topics and year, so counts differ across values. */
    private static Resource variant(Resource r, long id, int round) {
        AccessLevel access = AccessLevel.values()[(int) (id % AccessLevel.values().length)];
        List<String> topics = List.of(TOPICS.get((int) (id % TOPICS.size())), TOPICS.get(round % TOPICS.size()));
        return new Resource(id, r.sourceKey() + "-" + id, r.title(), r.summary(), r.body(), r.language(),
                topics.stream().distinct().toList(), r.audience(), r.source(), r.author(), 2015 + round % 4,
                r.evidence(), access, 1, Instant.EPOCH, Instant.EPOCH).withIdentity(id, 1, Instant.EPOCH,
                        Instant.EPOCH);
    }

    private static final List<String> QUERIES = List.of("fremmedkrigere", "radikaliseringa tillit samtale",
            "returning child family", "taushetsplikt", "foreign fighter", "ord som ikke finnes");

    @Test
    void searchesCountAsLuceneDoes() throws Exception {
        for (String q : QUERIES) {
            for (AccessLevel clearance : AccessLevel.values()) {
                Result r = search.search(new Request(q, Map.of(), Sort.RELEVANCE, 0, 10, clearance));
                LibraryIndex.LibrarySearcher s = index.acquire();
                try {
                    Expected e = expected(s, search.textQuery(q), clearance);
                    String what = clearance + " '" + q + "'";
                    if (!r.fuzzy()) {
                        assertThat(r.total()).as(what).isEqualTo(e.total);
                        assertThat(r.facets()).as(what).isEqualTo(e.facets);
                        assertThat(r.hits()).as(what).hasSize((int) Math.min(10, e.total));
                    }
                } finally {
                    index.release(s);
                }
            }
        }
    }

    @Test
    void searchesWithFacetChoicesCountAsDrillDownsDo() throws Exception {
        List<Map<String, List<String>>> choices = List.of(Map.of("topic", List.of("family")),
                Map.of("topic", List.of("family", "trauma")), Map.of("topic", List.of("family"), "year", List.of("2016")),
                Map.of("language", List.of("nb")), Map.of("language", List.of("nn", "en")),
                Map.of("topic", List.of("trauma"), "language", List.of("en")), Map.of("topic", List.of("no-such-topic")));
        for (String q : QUERIES) {
            for (AccessLevel clearance : AccessLevel.values()) {
                for (Map<String, List<String>> filters : choices) {
                    Result r = search.search(new Request(q, filters, Sort.RELEVANCE, 0, 10, clearance));
                    if (r.fuzzy()) {
                        continue;
                    }
                    String what = clearance + " '" + q + "' " + filters;
                    LibraryIndex.LibrarySearcher s = index.acquire();
                    try {
                        Query base = new BooleanQuery.Builder().add(search.textQuery(q), Occur.MUST)
                                .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
                        DrillDownQuery ddq = drillDown(base, filters, null);
                        FacetsCollector all = s.search(ddq, new FacetsCollectorManager());
                        assertThat(r.total()).as(what)
                                .isEqualTo(all.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum());
                        for (String dim : Documents.DIMENSIONS) {
                            // A chosen dimension is counted with every other choice but not its own.
                            FacetsCollector fc = filters.containsKey(dim)
                                    ? s.search(drillDown(base, filters, dim), new FacetsCollectorManager()) : all;
                            List<FacetValue> values = new ArrayList<>();
                            FacetResult fr = new SortedSetDocValuesFacetCounts(s.facetState, fc).getTopChildren(100,
                                    dim);
                            if (fr != null) {
                                for (LabelAndValue lv : fr.labelValues) {
                                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                                }
                            }
                            assertThat(r.facets().get(dim)).as(what + " " + dim).isEqualTo(values);
                        }
                        assertThat(ids(r)).as(what).isEqualTo(ids(s, s.search(ddq, 10)));
                        Result byYear = search.search(new Request(q, filters, Sort.YEAR, 0, 10, clearance));
                        assertThat(ids(byYear)).as(what + " by year")
                                .isEqualTo(ids(s, s.search(ddq, 10, SearchEngine.BY_YEAR, false)));
                        Result byTitle = search.search(new Request(q, filters, Sort.TITLE, 0, 10, clearance));
                        assertThat(ids(byTitle)).as(what + " by title")
                                .isEqualTo(ids(s, s.search(ddq, 10, SearchEngine.BY_TITLE, false)));
                    } finally {
                        index.release(s);
                    }
                }
            }
        }
    }

    /**
     * The page is collected one language at a time (SplitPage); every page of every sort, including those deep enough
     * that the later languages start from the earlier ones' threshold, equals the whole query's, scores included.
     */
    @Test
    void everyPageOfTheLanguageByLanguagePassEqualsTheWholeQuerys() throws Exception {
        int size = 3;
        for (String q : List.of("samtale tillit radikalisering returning child",
                "fremmedkrigere taushetsplikt family", "foreign fighter samtalen")) {
            for (AccessLevel clearance : List.of(AccessLevel.ALL, AccessLevel.COORDINATOR)) {
                LibraryIndex.LibrarySearcher s = index.acquire();
                try {
                    Query whole = new BooleanQuery.Builder().add(search.textQuery(q), Occur.MUST)
                            .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
                    for (Sort sort : Sort.values()) {
                        var all = switch (sort) {
                            case RELEVANCE -> s.search(whole, 1000);
                            case YEAR -> s.search(whole, 1000, SearchEngine.BY_YEAR, true);
                            case TITLE -> s.search(whole, 1000, SearchEngine.BY_TITLE, true);
                        };
                        assertThat(all.scoreDocs.length).as(q).isGreaterThan(size);
                        List<String> expected = ids(s, all);
                        for (int page = 0; page * size < all.scoreDocs.length; page++) {
                            Result r = search.search(new Request(q, Map.of(), sort, page, size, clearance));
                            String what = clearance + " '" + q + "' " + sort + " page " + page;
                            int from = page * size;
                            int to = Math.min(from + size, expected.size());
                            assertThat(ids(r)).as(what).isEqualTo(expected.subList(from, to));
                            for (int i = from; sort == Sort.RELEVANCE && i < to; i++) {
                                assertThat(r.hits().get(i - from).score()).as(what)
                                        .isCloseTo(all.scoreDocs[i].score, Offset.offset(1e-4f));
                            }
                        }
                    }
                } finally {
                    index.release(s);
                }
            }
        }
    }

    private static List<String> ids(Result r) {
        return r.hits().stream().map(SearchModel.Hit::id).toList();
    }

    private static List<String> ids(LibraryIndex.LibrarySearcher s, org.apache.lucene.search.TopDocs top)
            throws IOException {
        List<String> out = new ArrayList<>();
        for (var sd : top.scoreDocs) {
            out.add(s.storedFields().document(sd.doc).get(Documents.ID));
        }
        return out;
    }

    private static DrillDownQuery drillDown(Query base, Map<String, List<String>> filters, String without) {
        DrillDownQuery ddq = new DrillDownQuery(Documents.FACETS, base);
        for (String dim : Documents.DIMENSIONS) {
            if (!dim.equals(without)) {
                filters.getOrDefault(dim, List.of()).forEach(v -> ddq.add(dim, v));
            }
        }
        return ddq;
    }

    /** Several segments, replaced documents still in them as deleted ones: what a running library's view holds. */
    @Test
    void matchSetsCountAsLuceneDoesAcrossSegmentsWithDeletedDocuments() throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.index()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
            List<Resource> base = TestCorpus.resources();
            long id = 1;
            for (int round = 0; round < 5; round++) {
                for (Resource r : base) {
                    writer.addDocument(Documents.of(variant(r, id++, round)));
                }
                writer.flush();
            }
            for (long replaced = 2; replaced < id; replaced += 3) {
                writer.updateDocument(new Term(Documents.ID, Long.toString(replaced)),
                        Documents.of(variant(base.get((int) (replaced % base.size())), replaced, 7)));
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(reader.numDeletedDocs()).isPositive();
                LibraryIndex.LibrarySearcher s = new LibraryIndex.LibrarySearcher(reader);
                for (String q : QUERIES) {
                    BooleanQuery text = (BooleanQuery) search.textQuery(q);
                    for (AccessLevel clearance : AccessLevel.values()) {
                        String what = clearance + " '" + q + "'";
                        FixedBitSet[] matches = s.matchSets.matches(text,
                                clearance == AccessLevel.COORDINATOR ? null : s.readable(clearance));
                        Expected e = expected(s, text, clearance);
                        assertThat(MatchSets.total(matches)).as(what).isEqualTo(e.total);
                        for (String dim : Documents.DIMENSIONS) {
                            assertThat(s.matchSets.facet(dim, matches, 100)).as(what + " " + dim)
                                    .isEqualTo(e.facets.get(dim));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theTopHitsEqualAnExhaustiveSearch() throws Exception {
        for (Sort sort : Sort.values()) {
            Result r = search.search(new Request("samtale tillit radikalisering", Map.of(), sort, 0, 5,
                    AccessLevel.COORDINATOR));
            LibraryIndex.LibrarySearcher s = index.acquire();
            try {
                Query q = search.textQuery("samtale tillit radikalisering");
                var top = switch (sort) {
                    case RELEVANCE -> s.search(q, 5);
                    case YEAR -> s.search(q, 5, new org.apache.lucene.search.Sort(
                            new org.apache.lucene.search.SortField(Documents.SORT_YEAR,
                                    org.apache.lucene.search.SortField.Type.LONG, true),
                            org.apache.lucene.search.SortField.FIELD_SCORE), false);
                    case TITLE -> s.search(q, 5, new org.apache.lucene.search.Sort(
                            new org.apache.lucene.search.SortField(Documents.SORT_TITLE,
                                    org.apache.lucene.search.SortField.Type.STRING)), false);
                };
                List<String> ids = new ArrayList<>();
                for (var sd : top.scoreDocs) {
                    ids.add(s.storedFields().document(sd.doc).get(Documents.ID));
                }
                assertThat(r.hits().stream().map(SearchModel.Hit::id).toList()).as(sort.name()).isEqualTo(ids);
            } finally {
                index.release(s);
            }
        }
    }

    private record Expected(long total, Map<String, List<FacetValue>> facets) {
    }

    /** Lucene's own way: the query with the access filter, every match collected and counted from doc values. */
    private static Expected expected(LibraryIndex.LibrarySearcher s, Query text, AccessLevel clearance) throws Exception {
        {
            Query q = new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
            FacetsCollector fc = s.search(q, new FacetsCollectorManager());
            long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.facetState, fc);
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            for (String dim : Documents.DIMENSIONS) {
                List<FacetValue> values = new ArrayList<>();
                FacetResult fr = counts.getTopChildren(100, dim);
                if (fr != null) {
                    for (LabelAndValue lv : fr.labelValues) {
                        values.add(new FacetValue(lv.label, lv.value.longValue()));
                    }
                }
                facets.put(dim, values);
            }
            return new Expected(total, facets);
        }
    }
}
