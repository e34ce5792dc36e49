package no.mentorkit.library.internal.service.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;

/**
 * The Lucene index of the library, near-real-time: a writer, a {@link SearcherManager} and a reopen thread, so a
 * change is searchable as soon as {@link #awaitVisible} returns. Each commit records which database generation it
 * reflects and the analysis format, so a start can tell an outdated index from a current one. Plain Java: tests and
 * benchmarks use it without OSGi.
 */
public final class LibraryIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryIndex.class);

    /** Raised whenever the analysis or the document shape changes, so older indexes get rebuilt. */
    public static final String FORMAT = "library-4";
    static final String KEY_GENERATION = "mentorkit.generation";
    static final String KEY_FORMAT = "mentorkit.format";

    /** A searcher that carries the facet state of its reader (built once per reopen, not per query). */
    public static final class LibrarySearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;
        /**
         * Totals and facet counts by query (counting facets over every match is most of a broad search), and whole
         * answers by request (a recurring search then costs no search, no stored fields and no highlighting); both
         * for this point-in-time view only: a change opens a new searcher with empty caches.
         */
        final SearcherCache<SearchModel.Counts> counts = new SearcherCache<>(256);
        final SearcherCache<SearchModel.Result> results = new SearcherCache<>(128);

        private final Map<AccessLevel, FixedBitSet[]> readable = new ConcurrentHashMap<>();
        /** The documents each word of recent queries matches, and each facet value's documents (see MatchSets). */
        final MatchSets matchSets;

        /**
         * Per segment (by leaf ord), the documents a clearance may read: those indexed with its term in
         * {@link Documents#READABLE_BY}. Built once per searcher and clearance.
         */
        FixedBitSet[] readable(AccessLevel clearance) {
            return readable.computeIfAbsent(clearance, c -> {
                Term term = new Term(Documents.READABLE_BY, c.code());
                List<LeafReaderContext> leaves = getIndexReader().leaves();
                FixedBitSet[] out = new FixedBitSet[leaves.size()];
                try {
                    for (LeafReaderContext leaf : leaves) {
                        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
                        PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
                        if (docs != null) {
                            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                                bits.set(d);
                            }
                        }
                        out[leaf.ord] = bits;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out;
            });
        }

        LibrarySearcher(IndexReader reader) throws IOException {
            super(reader);
            this.facetState = hasFacets(reader)
                    ? new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS) : null;
            this.matchSets = facetState == null ? null : new MatchSets(this, facetState);
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos()
                    .fieldInfo(Documents.FACETS.getDimConfig(Documents.TOPIC).indexFieldName) != null);
        }
    }

    private final Directory directory;
    /** Replaced together by {@link #recover()} after the writer failed for good (e.g. the disk was full). */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final boolean recreated;
    private final ReentrantLock commitLock = new ReentrantLock();

    private LibraryIndex(Directory directory, boolean recreated) throws IOException {
        this.directory = directory;
        this.recreated = recreated;
        openWriter();
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.index())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter w = new IndexWriter(directory, config);
        SearcherManager s;
        try {
            s = new SearcherManager(w, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new LibrarySearcher(reader);
                }
            });
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        // Changes made through the API wait for their own reopen (awaitVisible, 5 ms); the periodic reopen is only a
        // backstop, kept rare so bulk indexing is not cut into a segment a second.
        ControlledRealTimeReopenThread<IndexSearcher> r = new ControlledRealTimeReopenThread<>(w, s, 5.0, 0.005);
        r.setName("mentorkit-library-reopen");
        r.setDaemon(true);
        r.start();
        this.writer = w;
        this.searchers = s;
        this.reopener = r;
    }

    /** Whether the writer has failed for good (Lucene closes it after a "tragic" exception such as a full disk). */
    public boolean broken() {
        IndexWriter w = writer;
        return !w.isOpen() || w.getTragicException() != null;
    }

    /**
     * Opens a new writer after the old one failed for good, keeping what was last committed; changes since then
     * are lost from the index (the database has them: the caller rebuilds). Searches meanwhile go on against the
     * last searcher. Returns false when the writer was fine; throws while the cause lasts (the disk still full).
     */
    public synchronized boolean recover() throws IOException {
        if (!broken()) {
            return false;
        }
        IndexWriter old = writer;
        SearcherManager oldSearchers = searchers;
        ControlledRealTimeReopenThread<IndexSearcher> oldReopener = reopener;
        oldReopener.close();
        try {
            old.rollback(); // releases the write lock; a no-op on a writer already closed
        } catch (IOException | RuntimeException e) {
            LOG.debug("rollback of the failed index writer", e);
        }
        openWriter();
        try {
            oldSearchers.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("close of the failed writer's searchers", e);
        }
        LOG.info("Library index writer reopened after it failed ({})", String.valueOf(old.getTragicException()));
        return true;
    }

    /**
     * Opens the index in a folder. A folder whose index cannot be read (corrupt, foreign format) is cleared and a
     * new index created; {@link #recreated()} then says so and the caller rebuilds from the database.
     */
    public static LibraryIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory dir = FSDirectory.open(folder);
        boolean recreated = false;
        try {
            if (DirectoryReader.indexExists(dir)) {
                try (DirectoryReader probe = DirectoryReader.open(dir)) {
                    probe.numDocs();
                }
            } else {
                recreated = true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Library index at {} cannot be read ({}); it is cleared and rebuilt from the database",
                    folder, e.toString());
            dir.close();
            clear(folder);
            dir = FSDirectory.open(folder);
            recreated = true;
        }
        try {
            return new LibraryIndex(dir, recreated);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Library index at {} cannot be opened for writing ({}); cleared", folder, e.toString());
            dir.close();
            clear(folder);
            return new LibraryIndex(FSDirectory.open(folder), true);
        }
    }

    /** An index in any directory, e.g. in memory for tests; never read back. */
    public static LibraryIndex open(Directory directory) throws IOException {
        return new LibraryIndex(directory, !DirectoryReader.indexExists(directory));
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Whether the index was missing or unreadable when opened. */
    public boolean recreated() {
        return recreated;
    }

    /** The database generation the last commit reflects, or -1 if none or of another analysis format. */
    public long committedGeneration() {
        Map<String, String> data = liveCommitData();
        if (!FORMAT.equals(data.get(KEY_FORMAT))) {
            return -1;
        }
        String g = data.get(KEY_GENERATION);
        return g == null ? -1 : Long.parseLong(g);
    }

    private Map<String, String> liveCommitData() {
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        Map<String, String> m = new HashMap<>();
        if (live != null) {
            live.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    /** Adds or replaces a resource's document; returns the sequence number to wait for. */
    public long upsert(Resource r) throws IOException {
        return writer.updateDocument(new Term(Documents.ID, Long.toString(r.id())), Documents.of(r));
    }

    /** Adds a document without looking for an older one: for a fresh rebuild. */
    public long add(Resource r) throws IOException {
        return writer.addDocument(Documents.of(r));
    }

    public long delete(long id) throws IOException {
        return writer.deleteDocuments(new Term(Documents.ID, Long.toString(id)));
    }

    public long deleteAll() throws IOException {
        return writer.deleteAll();
    }

    /** Makes the changes durable and records the database generation they reflect. */
    public void commit(long generation) throws IOException {
        commitLock.lock();
        try {
            writer.setLiveCommitData(Map.of(KEY_GENERATION, Long.toString(generation), KEY_FORMAT, FORMAT).entrySet());
            writer.commit();
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Merges the index into one segment and makes that visible. A bulk job leaves a segment per batch, and every
     * search pays per segment (term lookups, a scorer per clause, the highlighter's postings): on 5,000 resources in
     * seven segments a search took a third more CPU than in one. Committed by the next {@link #commit}.
     */
    public void compact() throws IOException {
        writer.forceMerge(1);
        refresh();
    }

    /** Blocks until searches see the change with this sequence number. */
    public void awaitVisible(long sequence) {
        try {
            // Bounded: a writer that fails meanwhile never reaches the generation, and the caller must not hang.
            if (!reopener.waitForGeneration(sequence, 10_000)) {
                LOG.warn("Library index change {} not visible after 10 s", sequence);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes every change so far visible now. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    public LibrarySearcher acquire() throws IOException {
        return (LibrarySearcher) searchers.acquire();
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            LOG.debug("release", e);
        }
    }

    public int size() throws IOException {
        LibrarySearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /** How many segments the current searcher reads: for benchmarks and tests. */
    public int segments() throws IOException {
        LibrarySearcher s = acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            release(s);
        }
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        searchers.close();
        writer.close();
        directory.close();
    }
}
