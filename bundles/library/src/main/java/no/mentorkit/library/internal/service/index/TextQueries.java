package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import no.mentorkit.library.internal.service.index.SearchModel.Request;

/**
 * The queries a search is made of: the words of each language's title, summary and body, each analysed by that
 * language's chain with the synonym groups, the terms of every group the words name in another language, the parts
 * of the compounds among the words (weighed below the whole word), and a typo-tolerant form against the unstemmed
 * text.
 */
final class TextQueries {

    private static final String[] TEXT_FIELDS = {Documents.TITLE, Documents.SUMMARY, Documents.BODY};
    private static final float[] BOOSTS = {3f, 1.5f, 1f};
    /** A compound's parts found apart weigh this share of the whole word found in the body. */
    private static final float PARTS_WEIGHT = 0.4f;
    private static final List<String> NORWEGIAN = List.of("nb", "nn");
    private static final int RELATED_TERMS = 8;

    /** The chains without synonyms or compound parts: words as the index reads them, one term per word. */
    private final Analyzer indexAnalyzer = Analyzers.query(Map.of());
    private final Analyzer plain = Analyzers.plain();
    private final Analyzer lowered = Analyzers.lowered();
    private volatile Analyzer queryAnalyzer = Analyzers.query(Map.of());

    /** Synonym groups with each term as each language's chain reads it: for matching across languages. */
    private record Group(List<String> terms, Map<String, List<String>> analysedByLanguage) {
    }

    private volatile List<Group> groups = List.of();

    /** Replaces the synonym groups; the next query uses them. */
    void setSynonyms(List<String> groupLines) {
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
    static Query disjunction(List<FieldClause> clauses) {
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
    record FieldClause(String field, Query query) {
    }

    List<FieldClause> textClauses(String q) {
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
        out.addAll(compoundParts(qb, q));
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
     * For each compound among the words, its parts all found in one Norwegian field: "samtaleteknikk" finds a text
     * on "teknikker" in "samtalen", below one that has the word itself.
     */
    private List<FieldClause> compoundParts(QueryBuilder qb, String q) {
        List<FieldClause> out = new ArrayList<>();
        NorwegianLexicon lexicon = NorwegianLexicon.shared();
        for (String word : tokens(lowered, q)) {
            List<String> parts = lexicon.read(word).parts();
            if (parts.isEmpty()) {
                continue;
            }
            // The body only: a title or summary that has both parts nearly always has them in the body too, and
            // each clause costs every search that names a compound.
            for (String lang : NORWEGIAN) {
                String field = Documents.field(Documents.BODY, lang);
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String part : parts) {
                    Query pq = qb.createBooleanQuery(field, part, Occur.SHOULD);
                    if (pq != null) {
                        all.add(pq, Occur.MUST);
                    }
                }
                out.add(new FieldClause(field, new BoostQuery(all.build(), PARTS_WEIGHT)));
            }
        }
        return out;
    }

    /**
     * The text query as one disjunction per language, for the page pass (see {@link SplitPage}): only the languages a
     * language choice leaves, since no resource of another can enter the page.
     */
    static List<Query> byLanguage(List<FieldClause> clauses, Request req) {
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
     * What the snippets of each language's hits highlight: only the clauses on that language's body. The highlighter
     * asks every clause of its query for matches in every hit, so it gets only those of the one field it shows.
     */
    Map<String, Query> bodyQueries(List<FieldClause> clauses) {
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

    /**
     * The words of a query as the unstemmed field holds them, with the parts of its compounds: what "nearby" looks for
     * when the words themselves find nothing.
     */
    List<String> nearWords(String q) {
        Set<String> out = new LinkedHashSet<>();
        NorwegianLexicon lexicon = NorwegianLexicon.shared();
        for (String word : tokens(lowered, q)) {
            out.addAll(plainWords(word));
            lexicon.read(word).parts().forEach(p -> out.addAll(plainWords(p)));
        }
        out.removeIf(w -> w.length() < 4);
        return List.copyOf(out);
    }

    /** Terms of the synonym groups that contain a word of the query or one of its compounds' parts. */
    List<String> relatedTerms(String q) {
        List<String> near = nearWords(q);
        Set<String> asked = new LinkedHashSet<>(plainWords(q));
        Set<String> out = new LinkedHashSet<>();
        for (Group g : groups) {
            boolean related = g.terms().stream().map(t -> String.join(" ", plainWords(t)))
                    .anyMatch(t -> near.stream().anyMatch(t::contains));
            if (related) {
                g.terms().stream().filter(t -> !asked.contains(String.join(" ", plainWords(t)))).forEach(out::add);
            }
        }
        return out.stream().limit(RELATED_TERMS).toList();
    }

    /** The words as the unstemmed chain reads them (for typo tolerance, suggestions and spelling). */
    List<String> plainWords(String text) {
        return tokens(plain, text);
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

}
