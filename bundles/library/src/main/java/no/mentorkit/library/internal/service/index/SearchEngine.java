package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.LibraryIndex.LibrarySearcher;
import no.mentorkit.library.internal.service.index.SearchModel.FacetValue;
import no.mentorkit.library.internal.service.index.SearchModel.Hit;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Suggestion;
import no.mentorkit.library.internal.service.index.TextQueries.FieldClause;

/**
 * Searches the library index: text across the language fields, the caller's access level applied to every total,
 * page and facet count (never including what the caller may not read), facets counted sideways from match sets,
 * and a typo-tolerant fallback. The queries come from {@link TextQueries}, the hits' snippets from
 * {@link Highlights}; suggestions and similar resources are answered by their own classes. Plain Java.
 */
public final class SearchEngine {

    private static final int MAX_PAGE_DEPTH = 1000;
    /** Values listed per facet dimension. */
    private static final int FACET_VALUES = 100;

    private final LibraryIndex index;
    private final TextQueries queries = new TextQueries();
    private final Highlights highlights = new Highlights();
    private final Suggestions suggestions;
    private final SimilarResources similar;

    /**
     * Searches that miss the caches run at most this many at a time, the rest wait their turn in arrival order. A
     * search is CPU work: run side by side beyond the cores, every one takes longer and the broad ones longest;
     * queued in order, an answer waits for those ahead of it and then runs at full speed.
     */
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public SearchEngine(LibraryIndex index) {
        this.index = index;
        this.suggestions = new Suggestions(index, queries);
        this.similar = new SimilarResources(index, highlights);
    }

    /** Replaces the synonym groups (one line of comma-separated terms each); the next query uses them. */
    public void setSynonyms(List<String> groupLines) {
        queries.setSynonyms(groupLines);
    }

    public List<Suggestion> suggest(String prefix, AccessLevel clearance, int max) {
        return suggestions.suggest(prefix, clearance, max);
    }

    /** Resources like the given one that the caller may read; empty when the caller may not read it either. */
    public List<Hit> similar(long id, AccessLevel clearance, int max) {
        return similar.similar(id, clearance, max);
    }

    /** The text query: each language's title, summary and body, each analysed by its own chain with synonyms. */
    Query textQuery(String q) {
        return queries.textQuery(q);
    }

    /** The text query as a disjunction of one clause per field: what the flat form must score alike (tests). */
    Query textQueryByField(String q) {
        return queries.textQueryByField(q);
    }

    public Result search(Request req) {
        int size = Math.max(1, Math.min(req.size(), 100));
        int page = Math.max(0, req.page());
        int topN = Math.min((page + 1) * size, MAX_PAGE_DEPTH);
        try {
            LibrarySearcher s = index.acquire();
            try {
                if (s.facetState == null) {
                    return new Result(0, List.of(), Map.of(), false, null, page, size, null);
                }
                boolean blank = req.q() == null || req.q().isBlank();
                List<FieldClause> clauses = blank ? List.of() : queries.textClauses(req.q());
                Query text;
                if (blank) {
                    text = new MatchAllDocsQuery();
                } else {
                    text = TextQueries.disjunction(clauses);
                }
                String counted = countsKey(text, req);
                String key = resultKey(counted, req, page, size);
                Result cached = s.results.get(key);
                if (cached != null) {
                    return cached;
                }
                running.acquireUninterruptibly();
                try {
                    return answer(s, req, blank, clauses, text, counted, page, size, topN);
                } finally {
                    running.release();
                }
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result answer(LibrarySearcher s, Request req, boolean blank, List<FieldClause> clauses, Query text,
            String counted, int page, int size, int topN) throws IOException {
        Outcome out = run(s, counted, text, blank ? List.of(text) : TextQueries.byLanguage(clauses, req), req, topN);
        boolean fuzzy = false;
        String didYouMean = null;
        // Typo tolerance is for words that find nothing the caller may read. When they do, and only the facet choices
        // leave nothing, the words are no typo: the answer is empty, and the other choices' counts show where they are.
        if (!blank && out.wordsFound == 0) {
            Query fz = queries.fuzzyQuery(req.q());
            // The typo-tolerant answer replaces the exact one only when it finds something: otherwise the counts
            // shown beside "nothing found" would be the fuzzy query's.
            Outcome tolerant = fz == null ? null : run(s, countsKey(fz, req), fz, List.of(fz), req, topN);
            if (tolerant != null && tolerant.total > 0) {
                out = tolerant;
                fuzzy = true;
            }
            didYouMean = suggestions.didYouMean(s, req.q(), req.clearance());
        }
        SearchModel.Nearby nearby = !blank && out.total == 0 && out.wordsFound == 0
                ? suggestions.nearby(s, req.q(), req.clearance()) : null;
        List<Hit> hits = highlights.hits(s, out.top, page * size,
                fuzzy || blank ? Map.of() : queries.bodyQueries(clauses));
        Result result = new Result(out.total, List.copyOf(hits), out.facets, fuzzy, didYouMean, page, size,
                nearby);
        s.results.put(resultKey(counted, req, page, size), result);
        return result;
    }

    /**
     * What the total and facet counts of a query depend on: its words, the caller's access level and the choices.
     * Its string form is built once per search; for a query of many clauses that is not free.
     */
    private static String countsKey(Query text, Request req) {
        return text + "|" + req.clearance() + "|" + new TreeMap<>(req.filters());
    }

    /** What a whole answer depends on: the counts' key, the sort and the page. */
    private static String resultKey(String counted, Request req, int page, int size) {
        return counted + "|" + req.sort() + "|" + page + "|" + size;
    }

    /** The page and counts, and how many readable documents the words find before any facet choice. */
    private record Outcome(long total, long wordsFound, TopDocs top, Map<String, List<FacetValue>> facets) {
    }

    static final Sort BY_YEAR = new Sort(new SortField(Documents.SORT_YEAR, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);
    static final Sort BY_TITLE = new Sort(new SortField(Documents.SORT_TITLE, SortField.Type.STRING));

    /**
     * Runs the query with the caller's access level and facet choices: the page, and the total and facet counts (from
     * the searcher's cache when this query was counted on it before). The page is collected over {@code parts},
     * queries whose matches together are the text query's and never overlap; {@code key} is the query's counts key.
     */
    private Outcome run(LibrarySearcher s, String key, Query text, List<Query> parts, Request req, int topN)
            throws IOException {
        // The total and facet counts come from the match sets of the query's words and of the chosen facet values
        // (see MatchSets), and the page from a pass that scores only what can still enter it, as Lucene skips blocks
        // of documents whose best possible score is below the page's last. A chosen dimension is counted as drill
        // sideways counts it: with every other choice, without its own. The access check and the facet choices are
        // in the match sets, and the page pass keeps only documents in them (see AllowedOnly): scoring the words
        // alone and checking a bit costs less than a drill-down query re-reading the chosen values' postings.
        FixedBitSet[] readable = readsEverything(req.clearance()) ? null : s.readable(req.clearance());
        FixedBitSet[] matches = s.matchSets.matches(text, readable);
        Map<String, FixedBitSet[]> chosen = new LinkedHashMap<>();
        for (String dim : Documents.DIMENSIONS) {
            List<String> values = req.filters().getOrDefault(dim, List.of());
            if (!values.isEmpty()) {
                chosen.put(dim, s.matchSets.anyOf(dim, values));
            }
        }
        FixedBitSet[] hits = MatchSets.intersection(matches, List.copyOf(chosen.values()));
        TopDocs top = page(s, parts, req.sort(), topN, chosen.isEmpty() ? readable : hits);
        // Another page or sort of a query counted on this view needs only its page: its sets are a few word
        // operations away, and its counts are kept.
        SearchModel.Counts known = s.counts.get(key);
        if (known != null) {
            return new Outcome(known.total(), known.wordsFound(), top, known.facets());
        }
        long total = MatchSets.total(hits);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : Documents.DIMENSIONS) {
            FixedBitSet[] counted = hits;
            if (chosen.containsKey(dim)) {
                List<FixedBitSet[]> others = new ArrayList<>(chosen.values());
                others.remove(chosen.get(dim));
                counted = MatchSets.intersection(matches, others);
            }
            facets.put(dim, s.matchSets.facet(dim, counted, FACET_VALUES));
        }
        long wordsFound = chosen.isEmpty() ? total : MatchSets.total(matches);
        s.counts.put(key, new SearchModel.Counts(total, wordsFound, facets));
        return new Outcome(total, wordsFound, top, facets);
    }

    /** The top hits in the sort asked for, over the parts' matches in the allowed sets (all when null). */
    private static TopDocs page(LibrarySearcher s, List<Query> parts, SearchModel.Sort sort, int topN,
            FixedBitSet[] allowed) throws IOException {
        return switch (sort) {
            case RELEVANCE -> SplitPage.collect(s, parts, new TopScoreDocCollectorManager(topN, null, topN, true),
                    allowed);
            case YEAR -> SplitPage.collect(s, parts, new TopFieldCollectorManager(BY_YEAR, topN, null, topN, true),
                    allowed);
            case TITLE -> SplitPage.collect(s, parts, new TopFieldCollectorManager(BY_TITLE, topN, null, topN, true),
                    allowed);
        };
    }

    /**
     * What the caller may read, as a filter: the clearances that may read a resource are indexed with it, so the
     * filter is one term, and a resource without them matches no filter. A clearance that allows every level filters nothing, and a match-all filter is
     * dropped when Lucene rewrites the query, which spares a term lookup on every search.
     */
    static Query accessFilter(AccessLevel clearance) {
        return readsEverything(clearance) ? new MatchAllDocsQuery()
                : new TermQuery(new Term(Documents.READABLE_BY, clearance.code()));
    }

    private static boolean readsEverything(AccessLevel clearance) {
        return clearance.ordinal() == AccessLevel.values().length - 1;
    }

}
