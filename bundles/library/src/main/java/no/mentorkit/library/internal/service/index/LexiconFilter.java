package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each word by its dictionary form from the {@link NorwegianLexicon} and, when asked, adds a compound's
 * parts at the word's own position (index time: "samtalegrupper" is found by "gruppe"). The query side leaves the
 * parts out and asks for them in a clause of its own, so they score below the whole word.
 */
final class LexiconFilter extends TokenFilter {

    private final NorwegianLexicon lexicon;
    private final boolean withParts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State word;

    LexiconFilter(TokenStream input, NorwegianLexicon lexicon, boolean withParts) {
        super(input);
        this.lexicon = lexicon;
        this.withParts = withParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.pop());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        NorwegianLexicon.Reading r = lexicon.read(term.toString());
        term.setEmpty().append(r.form());
        if (withParts && !r.parts().isEmpty()) {
            word = captureState();
            pending.addAll(r.parts());
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
