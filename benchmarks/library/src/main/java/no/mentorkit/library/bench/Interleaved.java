package no.mentorkit.library.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The same comparisons as the JMH benchmarks, with module and bare Lucene alternating call by call (search) or run
 * by run (indexing), so a machine shared with other work slows both sides alike. Prints p50 and p99 per side and the
 * ratios. {@code java -cp benchmarks.jar no.mentorkit.library.bench.Interleaved [searches, default 2000] [indexing
 * rounds, default 3]}
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) throws Exception {
        int searches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        SearchBenchmark s = new SearchBenchmark();
        s.build();
        List<Long> module = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < searches + 200; i++) {
            long t0 = System.nanoTime();
            s.module();
            long t1 = System.nanoTime();
            s.next--; // the same query for both sides
            s.bareLucene();
            long t2 = System.nanoTime();
            if (i >= 200) { // warm-up
                module.add(t1 - t0);
                bare.add(t2 - t1);
            }
        }
        s.close();
        report("search, module", module);
        report("search, bare Lucene (same work)", bare);
        System.out.printf("search p50 ratio module/bare: %.2f%n", pct(module, 50) / pct(bare, 50));

        if (rounds == 0) {
            return;
        }
        IndexingBenchmark ix = new IndexingBenchmark();
        ix.seed = 42;
        ix.generate();
        ix.module();
        ix.bareLucene(); // warm-up
        List<Double> m = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            ix.module();
            long t1 = System.nanoTime();
            ix.bareLucene();
            long t2 = System.nanoTime();
            m.add(IndexingBenchmark.DOCS / ((t1 - t0) / 1e9));
            b.add(IndexingBenchmark.DOCS / ((t2 - t1) / 1e9));
        }
        System.out.printf("indexing docs/s, module: %s%nindexing docs/s, bare Lucene: %s%n", m, b);
        System.out.printf("indexing ratio module/bare (mean of rounds): %.2f%n",
                m.stream().mapToDouble(x -> x).average().orElse(0) / b.stream().mapToDouble(x -> x).average().orElse(1));
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static void report(String name, List<Long> nanos) {
        System.out.printf("%-34s p50 %7.2f ms   p99 %7.2f ms   (%d calls)%n", name, pct(nanos, 50), pct(nanos, 99),
                nanos.size());
    }
}
