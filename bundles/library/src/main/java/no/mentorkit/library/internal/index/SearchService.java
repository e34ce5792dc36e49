package no.mentorkit.library.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;

import no.mentorkit.library.Access;
import no.mentorkit.library.internal.index.LibraryIndex.LibrarySearcher;
import no.mentorkit.library.internal.index.SearchModel.FacetValue;
import no.mentorkit.library.internal.index.SearchModel.Hit;
import no.mentorkit.library.internal.index.SearchModel.Part;
import no.mentorkit.library.internal.index.SearchModel.Request;
import no.mentorkit.library.internal.index.SearchModel.Result;
import no.mentorkit.library.internal.index.SearchModel.Suggestion;

/**
 * Searches the library index: text across the language fields, the caller's access level applied to every total,
 * page and facet count (never including what the caller may not read), facets counted sideways from match sets,
 * highlighted snippets, a typo-tolerant fallback, suggestions and more-like-this. Plain Java.
 */
public final class SearchService {

    private static final String[] TEXT_FIELDS = {Documents.TITLE, Documents.SUMMARY, Documents.BODY};
    private static final float[] BOOSTS = {3f, 1.5f, 1f};
    private static final int MAX_PAGE_DEPTH = 1000;
    /** Values listed per facet dimension. */
    private static final int FACET_VALUES = 100;

    private final LibraryIndex index;
    private final Analyzer indexAnalyzer = Analyzers.index();
    private final Analyzer plain = Analyzers.plain();
    private volatile Analyzer queryAnalyzer = Analyzers.query(Map.of());

    /**
     * Searches that miss the caches run at most this many at a time, the rest wait their turn in arrival order. A
     * search is CPU work: run side by side beyond the cores, every one of them takes longer, and the broad ones take
     * longest, so the slowest answers under load were several times the typical one. Queued in order, an answer
     * waits for those ahead of it and then runs at full speed.
     */
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public SearchService(LibraryIndex index) {
        this.index = index;
    }

    /** Synonym groups with each term as each language's chain reads it: for matching across languages. */
    private record Group(List<String> terms, Map<String, List<String>> analysedByLanguage) {
    }

    private volatile List<Group> groups = List.of();

    /** Replaces the synonym groups; the next query uses them. */
    public void setSynonyms(List<String> groupLines) {
        List<Group> parsed = new ArrayList<>();
        for (String line : groupLines) {
            List<String> terms = Arrays.stream(line.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            Map<String, List<String>> analysed = new LinkedHashMap<>();
            for (String lang : Analyzers.LANGUAGES) {
                analysed.put(lang, terms.stream().map(t -> String.join(" ",
                        tokens(indexAnalyzer, Documents.field(Documents.BODY, lang), t))).filter(x -> !x.isEmpty())
                        .toList());
            }
            parsed.add(new Group(terms, analysed));
        }
        queryAnalyzer = Analyzers.query(Analyzers.synonymMaps(groupLines));
        groups = List.copyOf(parsed);
    }

    /**
     * The terms of every group the query names in any language. The synonym filter expands within a language's
     * chain; a bokmål inflection ("fremmedkrigere") reaches the English field only through its group's raw terms
     * ("foreign fighter"), analysed by the English chain.
     */
    private List<String> crossLanguageTerms(String q) {
        List<Group> all = groups;
        if (all.isEmpty()) {
            return List.of();
        }
        // The query as each language's chain reads it, analysed once rather than once per group.
        Map<String, String> analysed = new LinkedHashMap<>();
        for (String lang : Analyzers.LANGUAGES) {
            analysed.put(lang, " " + String.join(" ", tokens(indexAnalyzer, Documents.field(Documents.BODY, lang), q))
                    + " ");
        }
        List<String> out = new ArrayList<>();
        for (Group g : all) {
            boolean named = false;
            for (String lang : Analyzers.LANGUAGES) {
                String query = analysed.get(lang);
                for (String term : g.analysedByLanguage().get(lang)) {
                    named |= query.contains(" " + term + " ");
                }
            }
            if (named) {
                out.addAll(g.terms());
            }
        }
        return out;
    }

    public Result search(Request req) {
        int size = Math.max(1, Math.min(req.size(), 100));
        int page = Math.max(0, req.page());
        int topN = Math.min((page + 1) * size, MAX_PAGE_DEPTH);
        try {
            LibrarySearcher s = index.acquire();
            try {
                if (s.facetState == null) {
                    return new Result(0, List.of(), Map.of(), false, null, page, size);
                }
                boolean blank = req.q() == null || req.q().isBlank();
                List<FieldClause> clauses = blank ? List.of() : textClauses(req.q());
                Query text;
                if (blank) {
                    text = new MatchAllDocsQuery();
                } else {
                    text = disjunction(clauses);
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
        Outcome out = run(s, counted, text, blank ? List.of(text) : byLanguage(clauses, req), req, topN);
        boolean fuzzy = false;
        String didYouMean = null;
        // Typo tolerance is for words that find nothing the caller may read. When they do, and only the facet choices
        // leave nothing, the words are no typo: the answer is empty, and the other choices' counts show where they are.
        if (!blank && out.wordsFound == 0) {
            Query fz = fuzzyQuery(req.q());
            // The typo-tolerant answer replaces the exact one only when it finds something: otherwise the counts
            // shown beside "nothing found" would be the fuzzy query's.
            Outcome tolerant = fz == null ? null : run(s, countsKey(fz, req), fz, List.of(fz), req, topN);
            if (tolerant != null && tolerant.total > 0) {
                out = tolerant;
                fuzzy = true;
            }
            didYouMean = didYouMean(s, req.q(), req.clearance());
        }
        List<Hit> hits = hits(s, out.top, page * size,
                fuzzy || blank ? Map.of() : bodyQueries(clauses));
        Result result = new Result(out.total, List.copyOf(hits), out.facets, fuzzy, didYouMean, page, size);
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
     * The text query as one disjunction per language, for the page pass (see {@link SplitPage}): only the languages a
     * language choice leaves, since no resource of another can enter the page.
     */
    private static List<Query> byLanguage(List<FieldClause> clauses, Request req) {
        List<String> chosen = req.filters().getOrDefault(Documents.LANGUAGE, List.of());
        List<Query> out = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            if (chosen.isEmpty() || chosen.contains(lang)) {
                List<FieldClause> own = clauses.stream().filter(c -> lang.equals(Analyzers.languageOf(c.field())))
                        .toList();
                if (!own.isEmpty()) {
                    out.add(disjunction(own));
                }
            }
        }
        return out;
    }

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
        // Collecting and counting every match of a broad query took most of its time, more so the larger the library.
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

    /** The text query: each language's title, summary and body, each analysed by its own chain with synonyms. */
    Query textQuery(String q) {
        return disjunction(textClauses(q));
    }

    /** The text query as a disjunction of one clause per field: what the flat form must score alike (tests). */
    Query textQueryByField(String q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        textClauses(q).forEach(c -> b.add(c.query(), Occur.SHOULD));
        return b.build();
    }

    /**
     * The clauses as one flat disjunction: a field's words become top-level clauses, each with its field's boost, so
     * Lucene scores every term in one pass over windows of documents instead of a disjunction of disjunctions (one
     * per field, most of them empty for a document in another language). The sum, and so the score, is the same.
     */
    private static Query disjunction(List<FieldClause> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (FieldClause c : clauses) {
            if (c.query() instanceof BoostQuery boosted && boosted.getQuery() instanceof BooleanQuery words
                    && words.getMinimumNumberShouldMatch() == 0
                    && words.clauses().stream().allMatch(w -> w.getOccur() == Occur.SHOULD)) {
                words.clauses().forEach(w -> b.add(new BoostQuery(w.getQuery(), boosted.getBoost()), Occur.SHOULD));
            } else {
                b.add(c.query(), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** One clause of the text query and the field it searches. */
    private record FieldClause(String field, Query query) {
    }

    private List<FieldClause> textClauses(String q) {
        QueryBuilder qb = new QueryBuilder(queryAnalyzer);
        List<FieldClause> out = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            for (int i = 0; i < TEXT_FIELDS.length; i++) {
                String field = Documents.field(TEXT_FIELDS[i], lang);
                Query fq = qb.createBooleanQuery(field, q, Occur.SHOULD);
                if (fq != null) {
                    out.add(new FieldClause(field, new BoostQuery(fq, BOOSTS[i])));
                }
            }
        }
        QueryBuilder plainTerms = new QueryBuilder(indexAnalyzer);
        for (String term : crossLanguageTerms(q)) {
            for (String lang : Analyzers.LANGUAGES) {
                for (int i = 0; i < TEXT_FIELDS.length; i++) {
                    String field = Documents.field(TEXT_FIELDS[i], lang);
                    Query fq = plainTerms.createPhraseQuery(field, term);
                    if (fq != null) {
                        out.add(new FieldClause(field, new BoostQuery(fq, BOOSTS[i] * 0.5f)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What the snippets of each language's hits highlight: only the clauses on that language's body. The highlighter
     * builds a weight for its query and asks every clause for matches in every hit, so the whole text query (nine
     * fields) made it look up each term in eight fields it never shows.
     */
    private Map<String, Query> bodyQueries(List<FieldClause> clauses) {
        Map<String, Query> out = new HashMap<>();
        for (String lang : Analyzers.LANGUAGES) {
            String body = Documents.field(Documents.BODY, lang);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int n = 0;
            for (FieldClause c : clauses) {
                if (c.field().equals(body)) {
                    b.add(c.query(), Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0) {
                out.put(lang, b.build());
            }
        }
        return out;
    }

    /** Typo tolerance: each word as written, within one or two edits, against the unstemmed text. */
    Query fuzzyQuery(String q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String token : tokens(plain, q)) {
            if (token.length() >= 4) {
                b.add(new FuzzyQuery(new Term(Analyzers.PLAIN, token), token.length() >= 7 ? 2 : 1, 1), Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    private String didYouMean(LibrarySearcher s, String q, Access clearance) throws IOException {
        DirectSpellChecker spell = new DirectSpellChecker();
        List<String> words = tokens(plain, q);
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String w : words) {
            SuggestWord[] sw = w.length() < 4 ? new SuggestWord[0]
                    : spell.suggestSimilar(new Term(Analyzers.PLAIN, w), 1, s.getIndexReader(),
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (sw.length > 0) {
                out.add(sw[0].string);
                changed = true;
            } else {
                out.add(w);
            }
        }
        if (!changed) {
            return null;
        }
        String proposal = String.join(" ", out);
        // Only propose what the caller would find: a word from a resource they may not read is not revealed.
        Query check = new BooleanQuery.Builder().add(textQuery(proposal), Occur.MUST)
                .add(accessFilter(clearance), Occur.FILTER).build();
        return s.count(check) > 0 ? proposal : null;
    }

    public List<Suggestion> suggest(String prefix, Access clearance, int max) {
        List<String> words = tokens(plain, prefix == null ? "" : prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            b.add(new TermQuery(new Term(Analyzers.TITLE_SUGGEST, words.get(i))), Occur.MUST);
        }
        b.add(new PrefixQuery(new Term(Analyzers.TITLE_SUGGEST, words.get(words.size() - 1))), Occur.MUST);
        b.add(accessFilter(clearance), Occur.FILTER);
        try {
            LibrarySearcher s = index.acquire();
            try {
                TopDocs top = s.search(b.build(), max);
                StoredFields stored = s.storedFields();
                List<Suggestion> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    out.add(new Suggestion(d.get(Documents.ID), title(d)));
                }
                return out;
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resources like the given one that the caller may read; empty when the caller may not read it either. */
    public List<Hit> similar(long id, Access clearance, int max) {
        try {
            LibrarySearcher s = index.acquire();
            try {
                Query self = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Documents.ID, Long.toString(id))), Occur.MUST)
                        .add(accessFilter(clearance), Occur.FILTER).build();
                TopDocs found = s.search(self, 1);
                if (found.scoreDocs.length == 0) {
                    return List.of();
                }
                // The resource's words, analysed for each language's fields in turn, so a bokmål resource also
                // finds its nynorsk neighbours (their words live in other fields).
                Document source = s.storedFields().document(found.scoreDocs[0].doc);
                String lang = source.get(Documents.LANGUAGE);
                String text = source.get(Documents.field(Documents.TITLE, lang)) + "\n"
                        + source.get(Documents.field(Documents.BODY, lang));
                MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
                mlt.setAnalyzer(indexAnalyzer);
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(30);
                BooleanQuery.Builder likeAny = new BooleanQuery.Builder();
                for (String l : Analyzers.LANGUAGES) {
                    String field = Documents.field(Documents.BODY, l);
                    mlt.setFieldNames(new String[] {field});
                    likeAny.add(mlt.like(field, new java.io.StringReader(text)), Occur.SHOULD);
                }
                Query like = likeAny.build();
                Query q = new BooleanQuery.Builder().add(like, Occur.MUST)
                        .add(new TermQuery(new Term(Documents.ID, Long.toString(id))), Occur.MUST_NOT)
                        .add(accessFilter(clearance), Occur.FILTER).build();
                return hits(s, s.search(q, max), 0, Map.of());
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the caller may read, as a filter: the clearances that may read a resource are indexed with it, so the
     * filter is one term (a list of level terms was a disjunction built again for every search), and a resource
     * without them matches no filter. A clearance that allows every level filters nothing, and a match-all filter is
     * dropped when Lucene rewrites the query, which spares a term lookup on every search.
     */
    static Query accessFilter(Access clearance) {
        return readsEverything(clearance) ? new MatchAllDocsQuery()
                : new TermQuery(new Term(Documents.READABLE_BY, clearance.code()));
    }

    private static boolean readsEverything(Access clearance) {
        return clearance.ordinal() == Access.values().length - 1;
    }

    /** The hits from {@code from} on, with snippets highlighting each language's query (none: summaries). */
    private List<Hit> hits(LibrarySearcher s, TopDocs top, int from, Map<String, Query> highlight)
            throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        if (from >= docs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(docs, from, docs.length);
        // Each hit's stored fields are decompressed once, here, and the highlighter reads its bodies from them.
        StoredFields stored = s.storedFields();
        Map<Integer, Document> loaded = new HashMap<>();
        for (ScoreDoc sd : page) {
            loaded.put(sd.doc, stored.document(sd.doc));
        }
        Map<Integer, List<Part>> snippets = highlight.isEmpty() ? Map.of() : snippets(s, highlight, page, loaded);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = loaded.get(page[i].doc);
            String lang = d.get(Documents.LANGUAGE);
            String summary = d.get(Documents.field(Documents.SUMMARY, lang));
            List<Part> parts = snippets.get(page[i].doc);
            if (parts == null || parts.isEmpty()) {
                parts = List.of(new Part(summary == null ? "" : summary, false));
            }
            StringBuilder snippet = new StringBuilder();
            parts.forEach(p -> snippet.append(p.text()));
            IndexableField year = d.getField(Documents.YEAR);
            hits.add(new Hit(d.get(Documents.ID), title(d), snippet.toString(), parts, summary, lang,
                    year == null ? null : year.numericValue().intValue(), List.of(d.getValues(Documents.TOPIC)),
                    List.of(d.getValues(Documents.AUDIENCE)), d.get(Documents.EVIDENCE), d.get(Documents.ACCESS),
                    Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        return hits;
    }

    /**
     * Two passages of each hit's body, highlighted. Hits are grouped by language and each group highlighted in its
     * own body field only: a hit has one language, and looking its terms up in the other two fields is wasted work.
     */
    private Map<Integer, List<Part>> snippets(LibrarySearcher s, Map<String, Query> highlight, ScoreDoc[] page,
            Map<Integer, Document> loaded) throws IOException {
        Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (ScoreDoc sd : page) {
            byLanguage.computeIfAbsent(loaded.get(sd.doc).get(Documents.LANGUAGE), l -> new ArrayList<>()).add(sd.doc);
        }
        PartsHighlighter uh = new PartsHighlighter(UnifiedHighlighter.builder(s, indexAnalyzer)
                .withBreakIterator(SearchService::passageBreaks)
                .withFormatter(new SnippetParts())
                .withScorer(new SnippetScorer())
                // Offsets straight from each term's postings: the weight-matches mode builds a searcher, rewrites the
                // query and looks every term up again for each hit.
                .withWeightMatches(false)
                .withMaxLength(200_000), loaded);
        Map<Integer, List<Part>> out = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
            Query query = highlight.get(group.getKey());
            if (query == null) {
                continue; // nothing matched this language's body: the hits show their summaries
            }
            String field = Documents.field(Documents.BODY, group.getKey());
            int[] ids = group.getValue().stream().mapToInt(Integer::intValue).toArray();
            Object[] parts = uh.parts(new String[] {field}, query, ids, new int[] {2}).get(field);
            for (int i = 0; parts != null && i < ids.length; i++) {
                if (parts[i] instanceof List<?> l) {
                    @SuppressWarnings("unchecked")
                    List<Part> p = (List<Part>) l;
                    out.put(ids[i], p);
                }
            }
        }
        return out;
    }

    /**
     * Passages of about {@value #PASSAGE_CHARS} characters cut at spaces. The default sentence iterator walks the
     * whole text of a body without sentence marks on every hit, which made highlighting most of a search's cost.
     */
    static BreakIterator passageBreaks() {
        return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f);
    }

    static final int PASSAGE_CHARS = 160;

    private static String title(Document d) {
        return d.get(Documents.field(Documents.TITLE, d.get(Documents.LANGUAGE)));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        return tokens(analyzer, Analyzers.PLAIN, text);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Opens the highlighter's object answers, which carry {@link SnippetParts} lists instead of strings, and gives it
     * the bodies of documents already loaded instead of reading (and decompressing) their stored fields again.
     */
    private static final class PartsHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> loaded;

        PartsHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Document> loaded) {
            super(builder);
            this.loaded = loaded;
        }

        Map<String, Object[]> parts(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document d = loaded.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String v = d == null ? null : d.get(fields[f]);
                    values[f] = v == null ? "" : v.length() > getMaxLength() ? v.substring(0, getMaxLength()) : v;
                }
                out.add(values);
            }
            return out;
        }
    }
}
