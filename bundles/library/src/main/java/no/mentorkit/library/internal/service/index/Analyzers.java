package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import no.mentorkit.platform.Languages;

/**
 * The library's analysis. Each language has its own fields ({@code title_nb}, {@code body_nn}, ...); the
 * Norwegian chains stem for both written standards ({@code BOKMAAL | NYNORSK}), so "radikaliseringa" (nynorsk)
 * and "radikaliseringen" (bokmål) meet at one stem, and normalise aa/ae/oe to å/æ/ø before folding them to a/a/o
 * after stemming, so "aa" spellings and keyboards without æøå still match. Synonyms are applied at query time only,
 * after stemming, with maps parsed through the same chain: a new map needs a new query analyzer, never a reindex.
 * Before the light stemmer, the {@link NorwegianLexicon} puts inflected words in their dictionary form (the light
 * stemmer alone reads "fremmedkrigerne" apart from "fremmedkrigere") and, at index time only, adds a compound's parts.
 */
public final class Analyzers {

    public static final List<String> LANGUAGES = Languages.ALL;

    /** Field analysed without stemming: suggestions as you type, fuzzy fallback and "did you mean". */
    public static final String PLAIN = "plain";
    public static final String TITLE_SUGGEST = "title_suggest";

    private static final int NORWEGIAN_FLAGS = NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK;
    private static final CharArraySet NORWEGIAN_STOP = NorwegianAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private Analyzers() {
    }

    /** The language a field belongs to: the suffix of {@code title_nb}, {@code body_en}, ... or null. */
    static String languageOf(String field) {
        int us = field.lastIndexOf('_');
        if (us < 0) {
            return null;
        }
        String lang = field.substring(us + 1);
        return LANGUAGES.contains(lang) ? lang : null;
    }

    /** One language's chain, optionally ending with a synonym map; compounds' parts are added if asked. */
    public static Analyzer language(String lang, SynonymMap synonyms, boolean withParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = stemmed(lang, source, withParts);
                if (synonyms != null && synonyms.fst != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static TokenStream stemmed(String lang, Tokenizer source, boolean withParts) {
        if ("en".equals(lang)) {
            TokenStream ts = new EnglishPossessiveFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, ENGLISH_STOP);
            // Folded like the Norwegian chains, so a Norwegian word typed without æøå reads alike here too.
            return new ScandinavianFoldingFilter(new PorterStemFilter(ts));
        }
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ScandinavianNormalizationFilter(ts);
        ts = new StopFilter(ts, NORWEGIAN_STOP);
        ts = new LexiconFilter(ts, NorwegianLexicon.shared(), withParts);
        ts = new NorwegianLightStemFilter(ts, NORWEGIAN_FLAGS);
        return new ScandinavianFoldingFilter(ts);
    }

    /** Words as written, lower-cased and folded: for prefixes, fuzzy matching and spelling suggestions. */
    public static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new ScandinavianNormalizationFilter(ts);
                return new TokenStreamComponents(source, new ScandinavianFoldingFilter(ts));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ScandinavianFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Words lower-cased with aa/ae/oe read as å/æ/ø, otherwise as written: what the lexicon is asked about. */
    static Analyzer lowered() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new ScandinavianNormalizationFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** Index-time analysis for every field of a library document, compounds with their parts. */
    public static Analyzer index() {
        return perField(Map.of(), true);
    }

    /** Query-time analysis: the index chains without compound parts, plus the synonym map of each language. */
    public static Analyzer query(Map<String, SynonymMap> synonymsByLanguage) {
        return perField(synonymsByLanguage, false);
    }

    private static Analyzer perField(Map<String, SynonymMap> synonyms, boolean withParts) {
        Map<String, Analyzer> byLanguage = new HashMap<>();
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, language(lang, synonyms.get(lang), withParts));
        }
        Analyzer plain = plain();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                String lang = languageOf(fieldName);
                return lang == null ? plain : byLanguage.get(lang);
            }
        };
    }

    /**
     * Parses synonym groups ("fremmedkriger, framandkrigar, foreign fighter") into one map per language, each
     * group analysed by that language's chain. A group that a chain cannot take (e.g. only stop words) is skipped
     * for that language rather than failing the whole set.
     */
    public static Map<String, SynonymMap> synonymMaps(List<String> groups) {
        Map<String, SynonymMap> maps = new HashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer chain = language(lang, null, false);
            try {
                SolrSynonymParser all = new SolrSynonymParser(true, true, chain);
                for (String group : groups) {
                    String line = group.replace('\n', ' ').strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    SolrSynonymParser probe = new SolrSynonymParser(true, true, chain);
                    try {
                        probe.parse(new StringReader(line));
                        all.parse(new StringReader(line));
                    } catch (ParseException | IllegalArgumentException e) {
                        // skipped for this language; the other languages still get it
                    }
                }
                maps.put(lang, all.build());
            } catch (IOException e) {
                throw new IllegalStateException("synonyms for " + lang, e);
            }
        }
        return maps;
    }
}
