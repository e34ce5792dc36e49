package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.LibraryIndex.LibrarySearcher;
import no.mentorkit.library.internal.service.index.SearchModel.Nearby;
import no.mentorkit.library.internal.service.index.SearchModel.Suggestion;

/**
 * Help with the words: titles that start with what has been typed, and a spelling proposal when the words find
 * nothing, only ever from resources the caller may read.
 */
final class Suggestions {

    private static final int NEARBY_TITLES = 3;
    private static final int NEARBY_TOPICS = 4;
    private static final int PREFIX = 5;

    private final LibraryIndex index;
    private final TextQueries queries;

    Suggestions(LibraryIndex index, TextQueries queries) {
        this.index = index;
        this.queries = queries;
    }

    public List<Suggestion> suggest(String prefix, AccessLevel clearance, int max) {
        List<String> words = queries.plainWords(prefix == null ? "" : prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            b.add(new TermQuery(new Term(Analyzers.TITLE_SUGGEST, words.get(i))), Occur.MUST);
        }
        b.add(new PrefixQuery(new Term(Analyzers.TITLE_SUGGEST, words.get(words.size() - 1))), Occur.MUST);
        b.add(SearchEngine.accessFilter(clearance), Occur.FILTER);
        try {
            LibrarySearcher s = index.acquire();
            try {
                TopDocs top = s.search(b.build(), max);
                StoredFields stored = s.storedFields();
                List<Suggestion> out = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    out.add(new Suggestion(d.get(Documents.ID), Highlights.title(d)));
                }
                return out;
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words with each unknown one replaced by the closest indexed word, if the caller would find that. */
    String didYouMean(LibrarySearcher s, String q, AccessLevel clearance) throws IOException {
        DirectSpellChecker spell = new DirectSpellChecker();
        List<String> words = queries.plainWords(q);
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
        Query check = new BooleanQuery.Builder().add(queries.textQuery(proposal), Occur.MUST)
                .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
        return s.count(check) > 0 ? proposal : null;
    }

    /**
     * The resources nearest to words that find nothing, among those the caller may read: words within two edits, or
     * sharing their first letters or a compound's part; their titles and topics, and the synonym terms near the words.
     */
    Nearby nearby(LibrarySearcher s, String q, AccessLevel clearance) throws IOException {
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        int n = 0;
        for (String w : queries.nearWords(q)) {
            near.add(new FuzzyQuery(new Term(Analyzers.PLAIN, w), 2, 1), Occur.SHOULD);
            if (w.length() > PREFIX) {
                near.add(new PrefixQuery(new Term(Analyzers.PLAIN, w.substring(0, PREFIX))), Occur.SHOULD);
            }
            n++;
        }
        List<Suggestion> titles = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        if (n > 0) {
            Query query = new BooleanQuery.Builder().add(near.build(), Occur.MUST)
                    .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(query, NEARBY_TITLES).scoreDocs) {
                Document d = stored.document(sd.doc);
                titles.add(new Suggestion(d.get(Documents.ID), Highlights.title(d)));
                for (String t : d.getValues(Documents.TOPIC)) {
                    if (topics.size() < NEARBY_TOPICS) {
                        topics.add(t);
                    }
                }
            }
        }
        return new Nearby(List.copyOf(topics), queries.relatedTerms(q), List.copyOf(titles));
    }
}
