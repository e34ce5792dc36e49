package no.mentorkit.library.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.ThreadMXBean;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchEngine;
import no.mentorkit.library.internal.service.index.SearchModel;

/**
 * CPU time of one cache-missing search, per kind of request: the thread's CPU clock
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}), and the bytes it allocates around each {@link SearchEngine#search} of a query never asked
 * before, so other work on a shared machine does not count. Six kinds take turns call by call: no facet filter and
 * one topic filter, each for a coordinator (reads every level: no access filter) and a mentor (access filter), and
 * the facet choices of the REST load's faceted mix (one or two topics, some with a language) for a coordinator, and
 * the second page of such a search (its first page, not measured, counted it). The
 * index is written as an import through the API writes it (a commit and reopen per 200 files, merged into one segment
 * at the end; {@code -Dbench.segments=true} leaves the batches' segments).
 *
 * <pre>java -cp benchmarks.jar no.mentorkit.library.bench.CpuPerQuery [documents, default 5000] [searches per kind,
 * default 1000]</pre>
 */
public final class CpuPerQuery {

    private CpuPerQuery() {
    }

    /** A kind of request; without filters of its own, it takes the facet choices of the REST load's faceted mix. */
    private record Kind(String name, AccessLevel clearance, Map<String, List<String>> filters, int page) {
        Kind(String name, AccessLevel clearance, Map<String, List<String>> filters) {
            this(name, clearance, filters, 0);
        }
    }

    /** The facet choices of a line of {@code queries-faceted.txt}: "text|&topic=a&language=nb". */
    private static Map<String, List<String>> choices(String line) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String params = line.substring(line.indexOf('|') + 1);
        for (String p : params.split("&")) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                out.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<Kind> kinds = List.of(
                new Kind("no filter, coordinator", AccessLevel.COORDINATOR, Map.of()),
                new Kind("no filter, mentor", AccessLevel.TRAINED, Map.of()),
                new Kind("topic filter, coordinator", AccessLevel.COORDINATOR, Map.of("topic", List.of("family"))),
                new Kind("topic filter, mentor", AccessLevel.TRAINED, Map.of("topic", List.of("family"))),
                new Kind("REST faceted mix, coordinator", AccessLevel.COORDINATOR, null),
                new Kind("its second page, coordinator", AccessLevel.COORDINATOR, null, 1));
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path folder = Files.createTempDirectory("mentorkit-library-cpu");
        try (LibraryIndex index = LibraryIndex.open(folder)) {
            // As the import through the API writes it: an update per file, a commit and reopen per 200 files,
            // so the index has the segments a running library has rather than one.
            int written = 0;
            for (Resource r : GeneratedCorpus.generate(docs, 42)) {
                index.upsert(r);
                if (++written % 200 == 0) {
                    index.commit(written);
                    index.refresh();
                }
            }
            index.commit(written + 1);
            index.refresh();
            if (!Boolean.getBoolean("bench.segments")) {
                index.compact(); // as the library does after a bulk job
            }
            System.out.printf("segments: %d%n", index.segments());
            SearchEngine service = new SearchEngine(index);
            service.setSynonyms(List.of("fremmedkriger, framandkrigar, foreign fighter"));
            List<String> queries = WriteCorpus.distinctQueries();
            List<String> faceted = WriteCorpus.facetedQueries();
            int warmup = Math.min(400, queries.size() / 4);
            List<List<Long>> nanos = new ArrayList<>();
            kinds.forEach(k -> nanos.add(new ArrayList<>()));
            long[] allocated = new long[kinds.size()];
            // Every call a query not asked before (the caches key on the query), kinds taking turns.
            int calls = Math.min(queries.size(), warmup + perKind * kinds.size());
            for (int i = 0; i < calls; i++) {
                Kind k = kinds.get(i % kinds.size());
                Map<String, List<String>> filters = k.filters() != null ? k.filters() : choices(faceted.get(i));
                for (int earlier = 0; earlier < k.page(); earlier++) { // a user who pages on: counted already
                    service.search(new SearchModel.Request(queries.get(i), filters, SearchModel.Sort.RELEVANCE,
                            earlier, 10, k.clearance()));
                }
                SearchModel.Request req = new SearchModel.Request(queries.get(i), filters, SearchModel.Sort.RELEVANCE,
                        k.page(), 10, k.clearance());
                long a0 = cpu.getCurrentThreadAllocatedBytes();
                long t0 = cpu.getCurrentThreadCpuTime();
                service.search(req);
                long t1 = cpu.getCurrentThreadCpuTime();
                long a1 = cpu.getCurrentThreadAllocatedBytes();
                if (i >= warmup) {
                    nanos.get(i % kinds.size()).add(t1 - t0);
                    allocated[i % kinds.size()] += a1 - a0;
                }
            }
            System.out.printf("CPU per search, %d documents, distinct queries%n", docs);
            for (int k = 0; k < kinds.size(); k++) {
                List<Long> n = nanos.get(k);
                Collections.sort(n);
                double mean = n.stream().mapToLong(x -> x).average().orElse(0) / 1e6;
                System.out.printf("%-28s p50 %6.2f ms   mean %6.2f ms   p90 %6.2f ms   allocated %5.0f KB   (%d searches)%n",
                        kinds.get(k).name(), n.get(n.size() / 2) / 1e6, mean, n.get(n.size() * 9 / 10) / 1e6,
                        allocated[k] / 1024.0 / n.size(), n.size());
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }
}
