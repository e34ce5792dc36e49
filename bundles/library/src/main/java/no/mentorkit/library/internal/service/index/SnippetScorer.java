package no.mentorkit.library.internal.service.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage, weighted by where it starts) with the same result, but the
 * distinct terms of a passage found by comparing its few match terms with each other. The default builds a
 * {@code BytesRefHash} for every candidate passage, allocating 32 kB blocks each time.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] docFreqs = passage.getMatchTermFreqsInDoc();
        // For each distinct term, in order of first match: the index of that first match and its count here.
        int[] first = new int[matches];
        int[] freq = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < distinct && !terms[first[t]].equals(terms[i])) {
                t++;
            }
            if (t == distinct) {
                first[distinct++] = i;
            }
            freq[t]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(freq[t], passage.getLength()) * weight(contentLength, docFreqs[first[t]]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
