package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What the Hunspell dictionaries of bokmål and nynorsk (spell-norwegian, GPL-2; see lexicon/SOURCE.txt) say about a
 * lower-cased word: its dictionary form when it is an inflection ("fremmedkrigerne" to "fremmedkriger",
 * "teieplikta" to "teieplikt") and, for a compound, its two parts without the joining -s- or -e-
 * ("taushetsplikten" to "taushet" + "plikt"). Only forms that keep the word's beginning count as its dictionary
 * form, so derivations ("radikaliseringa" is not "radikalisere") stay apart. Answers are cached per word.
 */
final class NorwegianLexicon {

    /** A word as the lexicon reads it: the form to index and, for a compound, its parts (else empty). */
    record Reading(String form, List<String> parts) {
    }

    private static final int MIN_PART = 4;
    private static final int MIN_HEAD_ROOT = 3;
    private static final int CACHE_LIMIT = 200_000;

    private final Dictionary[] dictionaries;
    private final ThreadLocal<Hunspell[]> spellers;
    private final Map<String, Reading> cache = new ConcurrentHashMap<>();

    private NorwegianLexicon(Dictionary... dictionaries) {
        this.dictionaries = dictionaries;
        this.spellers = ThreadLocal.withInitial(() -> {
            Hunspell[] h = new Hunspell[dictionaries.length];
            for (int i = 0; i < h.length; i++) {
                h[i] = new Hunspell(dictionaries[i]);
            }
            return h;
        });
    }

    /** Loaded once, on first use: the dictionaries take a second and about 12 MB. */
    private static final class Holder {
        static final NorwegianLexicon SHARED = new NorwegianLexicon(load("nb_NO"), load("nn_NO"));
    }

    static NorwegianLexicon shared() {
        return Holder.SHARED;
    }

    private static Dictionary load(String name) {
        try (InputStream aff = NorwegianLexicon.class.getResourceAsStream("/lexicon/" + name + ".aff");
                InputStream dic = new GZIPInputStream(
                        NorwegianLexicon.class.getResourceAsStream("/lexicon/" + name + ".dic.gz"))) {
            return new Dictionary(new ByteBuffersDirectory(), name, aff, List.of(dic), true);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Norwegian lexicon " + name, e);
        }
    }

    /** The reading of a lower-cased word; words the lexicon does not know read as themselves. */
    Reading read(String word) {
        Reading r = cache.get(word);
        if (r == null) {
            r = compute(word);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(word, r);
        }
        return r;
    }

    private Reading compute(String word) {
        if (word.length() < MIN_PART || !word.chars().allMatch(Character::isLetter)) {
            return new Reading(word, List.of());
        }
        String form = dictionaryForm(word);
        for (int split = word.length() - MIN_PART; split >= MIN_PART; split--) {
            String head = headRoot(word.substring(0, split));
            if (head == null) {
                continue;
            }
            String tail = dictionaryForm(word.substring(split));
            if (tail != null) {
                String whole = form != null ? form : word.substring(0, split) + tail;
                return new Reading(whole, List.of(head, tail));
            }
        }
        return new Reading(form != null ? form : word, List.of());
    }

    /**
     * The word itself if the lexicon lists it as a root, else its longest root that begins the word, else the word
     * if the lexicon knows it only as a derivation; null for a word it does not know.
     */
    private String dictionaryForm(String word) {
        String best = null;
        boolean known = false;
        for (Hunspell h : spellers.get()) {
            for (String root : h.getRoots(word)) {
                known = true;
                if (word.startsWith(root) && (best == null || root.length() < best.length())) {
                    best = root;
                }
            }
        }
        return best != null || !known ? best : word;
    }

    /** A compound's first part as listed in the lexicon, with a joining s or e taken off if needed; else null. */
    private String headRoot(String head) {
        char last = head.charAt(head.length() - 1);
        String bare = head.substring(0, head.length() - 1);
        if ((last == 's' || last == 'e') && bare.length() >= MIN_HEAD_ROOT && isEntry(bare)) {
            return bare; // "barne-" is the joint of "barn", though the lexicon also lists the verb "barne"
        }
        return isEntry(head) ? head : null;
    }

    /** Listed with inflection flags: bare entries without any ("radikali" in nynorsk) are not words to split on. */
    private boolean isEntry(String word) {
        for (Dictionary d : dictionaries) {
            DictEntries entries = d.lookupEntries(word);
            if (entries != null && entries.stream().anyMatch(e -> !e.getFlags().isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
