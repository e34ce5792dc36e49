package no.mentorkit.library.internal.service.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexicon's readings of the words the Norwegian search issue names, in both written standards, and what the
 * whole chain (lexicon, then light stemmer and folding) makes of them.
 */
class NorwegianLexiconTest {

    private final NorwegianLexicon lexicon = NorwegianLexicon.shared();
    private final Analyzer query = Analyzers.query(Map.of());
    private final Analyzer index = Analyzers.index();

    private List<String> terms(Analyzer a, String text) {
        return TextQueries.tokens(a, Documents.field(Documents.BODY, "nb"), text);
    }

    @Test
    void compoundsSplitIntoTheirPartsWithoutTheJoiningLetter() {
        assertThat(lexicon.read("traumebevisst").parts()).containsExactly("traume", "bevisst");
        assertThat(terms(index, "samtalegrupper")).as("the whole word, then its parts at its position")
                .isEqualTo(terms(query, "samtalegruppe samtale gruppe"));
        assertThat(lexicon.read("nettradikalisering").parts()).containsExactly("nett", "radikalisering");
        assertThat(terms(query, String.join(" ", lexicon.read("taushetsplikten").parts()))).as("-s- joint")
                .isEqualTo(terms(query, "taushet plikt"));
        assertThat(lexicon.read("barnevernet").parts()).as("-e- joint").containsExactly("barn", "vern");
    }

    @Test
    void inflectionsReadAsTheirDictionaryFormInBothStandards() {
        assertThat(terms(query, "fremmedkrigerne fremmedkrigere fremmedkrigeren")).containsOnly("fremmedkrig");
        assertThat(terms(query, "framandkrigarane framandkrigarar framandkrigaren")).containsOnly("framandkrig");
        assertThat(terms(index, "fremmedkrigerne")).as("the parts too").isEqualTo(terms(index, "fremmedkrigere"));
        assertThat(terms(query, "ungdom ungdommen ungdommar")).hasSize(3).containsOnly(terms(query, "ungdom").get(0));
        assertThat(lexicon.read("teieplikta").form()).isEqualTo("teieplikt");
    }

    @Test
    void derivationsAndUnknownWordsStayAsWritten() {
        assertThat(lexicon.read("radikaliseringa").form()).isEqualTo("radikaliseringa");
        assertThat(lexicon.read("mentorkit").form()).isEqualTo("mentorkit");
        assertThat(lexicon.read("spj").parts()).isEqualTo(List.of());
        assertThat(lexicon.read("radikalisring").parts()).as("a typo is no compound of a bare entry").isEmpty();
    }
}
