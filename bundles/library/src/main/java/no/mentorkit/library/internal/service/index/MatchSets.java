package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import no.mentorkit.library.internal.service.index.SearchModel.FacetValue;

/**
 * Totals and facet counts of a search from bit sets, for one point-in-time view of the index. Every word of the
 * text query is a clause of one flat disjunction; the documents each clause matches are kept as a bit set per
 * segment, so the matches of a query are the union of its clauses' sets, and each facet value's count is the number
 * of bits that set shares with the value's own set. Words recur across queries, so counting a broad query costs a
 * few thousand word operations instead of reading the postings and the facet ordinals of every match.
 */
final class MatchSets {

    /** Memory the clause sets of one view may hold; a set takes one bit per document. */
    private static final long CLAUSE_BUDGET_BYTES = 32L << 20;

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final List<LeafReaderContext> leaves;
    private final Map<Query, FixedBitSet[]> clauses;
    private volatile FixedBitSet[] live;
    private volatile FixedBitSet[][] facetValues;

    MatchSets(IndexSearcher searcher, SortedSetDocValuesReaderState facetState) {
        this.searcher = searcher;
        this.facetState = facetState;
        this.leaves = searcher.getIndexReader().leaves();
        long bytesPerSet = Math.max(1, searcher.getIndexReader().maxDoc() / 8);
        int capacity = (int) Math.max(16, Math.min(4096, CLAUSE_BUDGET_BYTES / bytesPerSet));
        this.clauses = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Query, FixedBitSet[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Per segment, the live documents that match the text query and that {@code readable} lets through (null: every
     * document). The text query is everything ({@link MatchAllDocsQuery}) or a disjunction of optional clauses, as
     * the search service builds it; an empty disjunction matches nothing.
     */
    FixedBitSet[] matches(Query text, FixedBitSet[] readable) throws IOException {
        FixedBitSet[] liveDocs = live();
        FixedBitSet[] union = new FixedBitSet[leaves.size()];
        for (int i = 0; i < union.length; i++) {
            union[i] = new FixedBitSet(leaves.get(i).reader().maxDoc());
        }
        if (text instanceof MatchAllDocsQuery) {
            for (FixedBitSet u : union) {
                u.set(0, u.length());
            }
        } else if (text instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0
                && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            for (BooleanClause c : b.clauses()) {
                FixedBitSet[] sets = clause(c.getQuery() instanceof BoostQuery boosted ? boosted.getQuery()
                        : c.getQuery());
                for (int i = 0; i < union.length; i++) {
                    union[i].or(sets[i]);
                }
            }
        } else {
            throw new IllegalArgumentException("not a disjunction of optional clauses: " + text);
        }
        for (int i = 0; i < union.length; i++) {
            union[i].and(liveDocs[i]);
            if (readable != null) {
                union[i].and(readable[i]);
            }
        }
        return union;
    }

    /** Per segment, the documents that carry any of these values of the dimension. */
    FixedBitSet[] anyOf(String dim, List<String> values) throws IOException {
        FixedBitSet[][] sets = facetValues();
        SortedSetDocValues labels = facetState.getDocValues();
        FixedBitSet[] out = new FixedBitSet[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new FixedBitSet(leaves.get(i).reader().maxDoc());
        }
        for (String value : values) {
            long ord = labels.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value})));
            for (int i = 0; ord >= 0 && i < out.length; i++) {
                out[i].or(sets[(int) ord][i]);
            }
        }
        return out;
    }

    /** Per segment, the documents in every one of the sets (a copy; the sets are left as they are). */
    static FixedBitSet[] intersection(FixedBitSet[] first, List<FixedBitSet[]> others) {
        FixedBitSet[] out = new FixedBitSet[first.length];
        for (int i = 0; i < first.length; i++) {
            out[i] = first[i].clone();
            for (FixedBitSet[] other : others) {
                out[i].and(other[i]);
            }
        }
        return out;
    }

    static long total(FixedBitSet[] matches) {
        long n = 0;
        for (FixedBitSet m : matches) {
            n += m.cardinality();
        }
        return n;
    }

    /**
     * The counts of one dimension's values among the matches, as {@code SortedSetDocValuesFacetCounts} gives them:
     * values with at least one match, most first, ties in label order, at most {@code max}.
     */
    List<FacetValue> facet(String dim, FixedBitSet[] matches, int max) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = facetState.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        FixedBitSet[][] values = facetValues();
        SortedSetDocValues labels = facetState.getDocValues();
        List<long[]> counted = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            long n = 0;
            for (int i = 0; i < matches.length; i++) {
                n += FixedBitSet.intersectionCount(matches[i], values[ord][i]);
            }
            if (n > 0) {
                counted.add(new long[] {n, ord});
            }
        }
        counted.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        List<FacetValue> out = new ArrayList<>();
        for (long[] c : counted.subList(0, Math.min(max, counted.size()))) {
            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(c[1]).utf8ToString());
            out.add(new FacetValue(path[path.length - 1], c[0]));
        }
        return List.copyOf(out);
    }

    private FixedBitSet[] clause(Query query) throws IOException {
        synchronized (clauses) {
            FixedBitSet[] known = clauses.get(query);
            if (known != null) {
                return known;
            }
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet[] sets = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                bits.or(scorer.iterator());
            }
            sets[leaf.ord] = bits;
        }
        synchronized (clauses) {
            clauses.put(query, sets);
        }
        return sets;
    }

    /** Per segment, the documents not deleted (a scorer's iterator does not skip deleted ones; collectors do). */
    private FixedBitSet[] live() {
        FixedBitSet[] known = live;
        if (known == null) {
            known = new FixedBitSet[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                int maxDoc = leaf.reader().maxDoc();
                FixedBitSet bits = new FixedBitSet(maxDoc);
                Bits liveDocs = leaf.reader().getLiveDocs();
                for (int d = 0; d < maxDoc; d++) {
                    if (liveDocs == null || liveDocs.get(d)) {
                        bits.set(d);
                    }
                }
                known[leaf.ord] = bits;
            }
            live = known;
        }
        return known;
    }

    /** Per facet value (global ordinal) and segment, the documents that carry it. Built once per view. */
    private FixedBitSet[][] facetValues() throws IOException {
        FixedBitSet[][] known = facetValues;
        if (known == null) {
            known = buildFacetValues();
            facetValues = known;
        }
        return known;
    }

    private FixedBitSet[][] buildFacetValues() throws IOException {
        int size = facetState.getSize();
        FixedBitSet[][] out = new FixedBitSet[size][leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            for (int ord = 0; ord < size; ord++) {
                out[ord][leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
            }
        }
        // The view's doc values read the whole index with global ordinals; each document goes to its segment's set.
        SortedSetDocValues dv = facetState.getDocValues();
        int leaf = 0;
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            while (leaf + 1 < leaves.size() && leaves.get(leaf + 1).docBase <= d) {
                leaf++;
            }
            int local = d - leaves.get(leaf).docBase;
            for (int k = 0; k < dv.docValueCount(); k++) {
                out[(int) dv.nextOrd()][leaf].set(local);
            }
        }
        return out;
    }
}
