package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * One page of hits collected from queries whose matches never overlap, one search each, into collectors of one
 * manager: the library's text query split by language. A resource's text lives only in its own language's fields,
 * so its score is the sum of that language's clauses alone, and the page is the one the whole query gives. As one
 * query of nine fields, Lucene would advance every other language's clauses to each candidate document, where they
 * can never match. The manager must be made for several collectors (its
 * {@code supportsConcurrency}): they then share the score a hit must beat, so the later searches skip from the start
 * what cannot enter the page.
 */
final class SplitPage {

    private SplitPage() {
    }

    /** The page of {@code manager} over the parts' matches in the allowed sets (all documents when null). */
    static <C extends Collector, T> T collect(IndexSearcher searcher, List<Query> parts, CollectorManager<C, T> manager,
            FixedBitSet[] allowed) throws IOException {
        List<C> collectors = Collections.synchronizedList(new ArrayList<>());
        CollectorManager<C, Void> recording = new CollectorManager<>() {
            @Override
            public C newCollector() throws IOException {
                C c = manager.newCollector();
                collectors.add(c);
                return c;
            }

            @Override
            public Void reduce(Collection<C> done) {
                return null; // reduced once, over the collectors of every part
            }
        };
        for (Query part : parts) {
            if (allowed == null) {
                searcher.search(part, recording);
            } else {
                searcher.search(part, new AllowedOnly<>(recording, allowed));
            }
        }
        return manager.reduce(collectors.isEmpty() ? List.of(manager.newCollector()) : collectors);
    }
}
