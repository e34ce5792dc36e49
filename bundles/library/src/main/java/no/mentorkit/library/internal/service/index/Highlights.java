package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import no.mentorkit.library.internal.service.index.LibraryIndex.LibrarySearcher;
import no.mentorkit.library.internal.service.index.SearchModel.Hit;
import no.mentorkit.library.internal.service.index.SearchModel.Part;

/**
 * A page of hits as the API shows them: stored fields read once per hit, and two passages of each hit's body
 * highlighted in its own language's field (hits without a match in their body show their summary).
 */
final class Highlights {

    private final Analyzer indexAnalyzer = Analyzers.index();

    /** The hits from {@code from} on, with snippets highlighting each language's query (none: summaries). */
    List<Hit> hits(LibrarySearcher s, TopDocs top, int from, Map<String, Query> highlight)
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
                .withBreakIterator(Highlights::passageBreaks)
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
     * Passages of about {@value #PASSAGE_CHARS} characters cut at spaces: cheaper than the default sentence iterator,
     * which walks the whole of a body that has no sentence marks.
     */
    static BreakIterator passageBreaks() {
        return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f);
    }

    static final int PASSAGE_CHARS = 160;

    static String title(Document d) {
        return d.get(Documents.field(Documents.TITLE, d.get(Documents.LANGUAGE)));
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
