package no.mentorkit.library.internal.service.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import no.mentorkit.library.internal.service.index.SearchModel.Part;

/**
 * Formats highlighted passages as plain-text parts with a hit flag instead of HTML, so the UI marks matches with
 * DOM nodes and text from a resource can never become markup.
 */
final class SnippetParts extends PassageFormatter {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public Object format(Passage[] passages, String content) {
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < passages.length; p++) {
            Passage passage = passages[p];
            if (p > 0) {
                parts.add(new Part(" … ", false));
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                if (end <= pos) {
                    continue; // overlaps a match already marked
                }
                if (start > pos) {
                    parts.add(new Part(content.substring(pos, start), false));
                }
                parts.add(new Part(content.substring(start, end), true));
                pos = end;
            }
            if (pos < passage.getEndOffset()) {
                parts.add(new Part(content.substring(pos, passage.getEndOffset()), false));
            }
        }
        // Normalise whitespace inside parts so snippets read as one line.
        List<Part> clean = new ArrayList<>(parts.size());
        for (Part part : parts) {
            clean.add(new Part(WHITESPACE.matcher(part.text()).replaceAll(" "), part.hit()));
        }
        return clean;
    }
}
