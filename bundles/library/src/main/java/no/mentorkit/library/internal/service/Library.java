package no.mentorkit.library.internal.service;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.importer.FrontMatter;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.library.internal.service.index.SearchModel;
import no.mentorkit.library.internal.service.index.SearchEngine;
import no.mentorkit.library.internal.model.Draft;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.store.ResourceStore;
import no.mentorkit.library.internal.store.SynonymStore;
import no.mentorkit.library.internal.store.ZeroResults;
import no.mentorkit.platform.storage.Sql;

/**
 * The library's core: the database is the source of truth, the index follows it. Every change is written to the
 * database, then to the index, committed with the database generation it reflects, and made visible to searches
 * before the call returns. One lock orders changes, so the generation in each index commit is exact. Plain Java:
 * the OSGi component, the tests and the benchmarks all use this class.
 */
public final class Library implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    /** Source keys of the starter corpus start with this. */
    public static final String CORPUS_PREFIX = "corpus/";

    /** What happened to one file of an import. */
    public enum Outcome { CREATED, UPDATED }

    private final ResourceStore resources;
    private final SynonymStore synonyms;
    private final ZeroResults zeroResults;
    private final LibraryIndex index;
    private final SearchEngine search;
    private final Object writeLock = new Object();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mentorkit-library-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private static final int BATCH = 200;
    /** Generation of the last change indexed; committed with the next commit. Guarded by writeLock. */
    private long lastGeneration;
    private volatile boolean rebuilding;
    private final IndexRepair repair = new IndexRepair(this);

    public Library(DataSource db, LibraryIndex index) {
        this.resources = new ResourceStore(db);
        this.synonyms = new SynonymStore(db);
        this.zeroResults = new ZeroResults(db);
        this.index = index;
        this.search = new SearchEngine(index);
        reloadSynonyms();
    }

    // The parts stay inside: callers ask the library, so its rules (a synonym change reloads the analyzers, the
    // index follows every change) cannot be skipped. Tests in this package read the parts directly.
    ResourceStore resources() {
        return resources;
    }

    LibraryIndex index() {
        return index;
    }

    /** How far the index is behind the database, and how much each holds. */
    public record IndexState(long databaseGeneration, long indexGeneration, long resources, int indexed) {
        public boolean current() {
            return databaseGeneration == indexGeneration;
        }
    }

    /** The index's state against the database's, for the admin page and the status report alike. */
    public IndexState indexState() throws IOException {
        return new IndexState(resources.generation(), index.committedGeneration(), resources.count(), index.size());
    }

    /** Whether the index reflects the database as it is now. */
    public boolean indexCurrent() {
        return index.committedGeneration() == resources.generation();
    }

    /**
     * At start: rebuilds a missing, unreadable or outdated index, then loads the starter corpus if the database
     * holds none of it. Runs as a job; searches answer from whatever the index holds meanwhile.
     */
    public Job start(Map<String, byte[]> corpus) {
        boolean rebuild = index.recreated() || !indexCurrent();
        // Said at once, not when the job begins: a search before then would get a final-looking empty answer.
        rebuilding = rebuild;
        return submit("start", job -> {
            if (rebuild) {
                LOG.info("Library index is {} (index generation {}, database {}); rebuilding from the database",
                        index.recreated() ? "new" : "outdated", index.committedGeneration(), resources.generation());
                rebuildNow(job);
            }
            if (!corpus.isEmpty() && resources.countWithSourcePrefix(CORPUS_PREFIX) == 0) {
                LOG.info("Loading the library's starter corpus: {} resources", corpus.size());
                importAll(job, corpus, Extractor.Defaults.basic());
            }
        });
    }

    // --- changes ---

    public Resource create(Draft d) {
        return create(d, true);
    }

    private Resource create(Draft d, boolean commit) {
        synchronized (writeLock) {
            ResourceStore.Change ch = resources.insert(d.toResource());
            apply(ch, commit);
            followDatabaseOnRollback(ch.resource().id());
            return ch.resource();
        }
    }

    /** Updates; empty if there is no such resource. Throws {@link ResourceStore.StaleVersionException}. */
    public Optional<Resource> update(long id, Draft d, Integer expectedVersion) {
        return update(id, d, expectedVersion, true);
    }

    private Optional<Resource> update(long id, Draft d, Integer expectedVersion, boolean commit) {
        synchronized (writeLock) {
            ResourceStore.Change ch = resources.update(id, d.toResource(), expectedVersion);
            if (ch == null) {
                return Optional.empty();
            }
            apply(ch, commit);
            followDatabaseOnRollback(id);
            return Optional.of(ch.resource());
        }
    }

    public boolean delete(long id) {
        synchronized (writeLock) {
            long gen = resources.delete(id);
            if (gen < 0) {
                return false;
            }
            lastGeneration = gen;
            try {
                long seq = index.delete(id);
                index.commit(gen);
                index.awaitVisible(seq);
            } catch (IOException | RuntimeException e) {
                repair.failed(e);
            }
            followDatabaseOnRollback(id);
            return true;
        }
    }

    /**
     * The index takes a change before the database commits it (inside a REST request the commit comes with the
     * answer). If the request's transaction rolls back instead, the resource is indexed again as the database kept
     * it, and the index's generation set back to the database's, so the index never keeps what was not stored.
     */
    private void followDatabaseOnRollback(long id) {
        Sql.afterCompletion(committed -> {
            if (!committed) {
                reindexOne(id);
            }
        });
    }

    private void reindexOne(long id) {
        synchronized (writeLock) {
            try {
                Optional<Resource> kept = resources.find(id);
                long seq = kept.isPresent() ? index.upsert(kept.get()) : index.delete(id);
                lastGeneration = resources.generation();
                index.commit(lastGeneration);
                index.awaitVisible(seq);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not bring resource {} in the index back to the database after a rollback; the next "
                        + "start rebuilds the index", id, e);
            }
        }
    }

    /**
     * Indexes a stored change. Single changes commit at once and are visible when the call returns; bulk imports
     * commit and refresh every {@link #BATCH} files and at the end (a crash in between leaves the index behind the
     * database, which the next start repairs).
     */
    private void apply(ResourceStore.Change ch, boolean commit) {
        lastGeneration = ch.generation();
        try {
            long seq = index.upsert(ch.resource());
            if (commit) {
                index.commit(ch.generation());
                index.awaitVisible(seq);
            }
        } catch (IOException | RuntimeException e) {
            // The database has the change and is the source of truth: the write stands, and the index catches up
            // once it can be written again (see IndexRepair).
            repair.failed(e);
        }
    }

    /** Creates or, for a file loaded before (same source key), updates: imports are idempotent. */
    public Outcome importOne(String sourceKey, Draft d) {
        return importOne(sourceKey, d, true);
    }

    private Outcome importOne(String sourceKey, Draft d, boolean commit) {
        Draft keyed = d.withSourceKey(sourceKey);
        Optional<Resource> existing = resources.findBySourceKey(sourceKey);
        if (existing.isPresent()) {
            update(existing.get().id(), keyed, null, commit);
            return Outcome.UPDATED;
        }
        create(keyed, commit);
        return Outcome.CREATED;
    }

    // --- reading ---

    public Optional<Resource> find(long id) {
        return resources.find(id);
    }

    /** One page of the resources at the given access levels, and how many there are in all. */
    public List<Resource> list(List<AccessLevel> levels, int offset, int limit) {
        return resources.list(levels, offset, limit);
    }

    public long count(List<AccessLevel> levels) {
        return resources.count(levels);
    }

    public List<ResourceStore.Attachment> attachments(long resourceId) {
        return resources.attachments(resourceId);
    }

    public Optional<ResourceStore.StoredFile> attachment(long attachmentId) {
        return resources.attachmentContent(attachmentId);
    }

    /** Keeps a file with a stored resource (attachments are not indexed). */
    public ResourceStore.Attachment attach(long resourceId, String filename, String mediaType, byte[] content) {
        return resources.addAttachment(resourceId, filename, mediaType, content);
    }

    // --- jobs ---

    /** Rebuilds the index from the database. */
    public Job reindex() {
        return submit("reindex", this::rebuildNow);
    }

    /**
     * Imports every supported file in a folder (not its subfolders). Symbolic links are never followed (a link could
     * lead anywhere on the server, /proc included), files over {@code maxBytes} are refused as uploads are, and each
     * resource gets the more restrictive of its front matter's access level and the one in {@code defaults}.
     * Callers confine the folder itself ({@link no.mentorkit.library.internal.service.importer.ImportFolders}).
     */
    public Job importFolder(Path folder, Extractor.Defaults defaults, long maxBytes) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        return submit("import", job -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, String> refused = new LinkedHashMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (!Extractor.supported(name)) {
                        continue;
                    }
                    if (Files.isSymbolicLink(p)) {
                        refused.put(name, "a symbolic link; links are not followed");
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        byte[] content = readCapped(p, maxBytes);
                        if (content == null) {
                            refused.put(name, "larger than " + maxBytes / (1024 * 1024) + " MB, the upload limit");
                        } else {
                            files.put("file:" + p.toAbsolutePath().normalize(), content);
                        }
                    }
                }
            }
            importAll(job, files, defaults, refused, AccessLevel.fromCode(defaults.access()).orElse(AccessLevel.COORDINATOR));
        });
    }

    /** The file's bytes, read without following a link, or null when it holds more than {@code maxBytes}. */
    private static byte[] readCapped(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return content.length > maxBytes ? null : content;
        }
    }

    public Optional<Job> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    public List<Job> jobs() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    private interface JobWork {
        void run(Job job) throws Exception;
    }

    private Job submit(String kind, JobWork work) {
        Job job = new Job(UUID.randomUUID().toString(), kind);
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > 50) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        worker.submit(() -> {
            try {
                work.run(job);
                job.finish(true);
                LOG.info("Library {}", job.line());
            } catch (Exception | Error e) {
                job.failed("the job stopped: " + e.getClass().getSimpleName());
                job.finish(false);
                LOG.error("Library job {} failed", kind, e);
            }
        });
        return job;
    }

    private void rebuildNow(Job job) throws IOException {
        synchronized (writeLock) {
            rebuilding = true;
            try {
                rebuildLocked(job);
                repair.recovered();
            } catch (IOException | RuntimeException e) {
                repair.failed(e);
                throw e;
            } finally {
                rebuilding = false;
            }
        }
    }

    /** Recovers a failed writer and rebuilds from the database: the index is whole again when it returns. */
    void repairNow(Job job) throws IOException {
        synchronized (writeLock) {
            index.recover();
            rebuildNow(job);
        }
    }

    /** Whether the index is being rebuilt now: searches then say so rather than answer from a partial index. */
    public boolean rebuilding() {
        return rebuilding;
    }

    /** Why the index cannot follow the database now, if it cannot (for health and status). */
    public Optional<String> degraded() {
        return repair.reason();
    }

    private void rebuildLocked(Job job) throws IOException {
        {
            long gen = resources.generation();
            job.start((int) resources.count());
            index.deleteAll();
            IOException[] failure = new IOException[1];
            resources.forEach(r -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    index.add(r);
                    job.step();
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            lastGeneration = gen;
            index.compact();
            index.commit(gen);
        }
    }

    private void importAll(Job job, Map<String, byte[]> files, Extractor.Defaults defaults) throws IOException {
        importAll(job, files, defaults, Map.of(), null);
    }

    /** With {@code floor}, no resource is imported at an access level more open than it. */
    private void importAll(Job job, Map<String, byte[]> files, Extractor.Defaults defaults,
            Map<String, String> refused, AccessLevel floor) throws IOException {
        job.start(job.view().total() + files.size() + refused.size());
        for (Map.Entry<String, String> r : refused.entrySet()) {
            job.failed(r.getKey() + ": " + r.getValue());
            job.step();
        }
        int sinceCommit = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (++sinceCommit >= BATCH) {
                commitPending();
                sinceCommit = 0;
            }
            String name = f.getKey().substring(f.getKey().lastIndexOf('/') + 1);
            try {
                Draft d = Extractor.extract(name, f.getValue(), defaults);
                if (floor != null) {
                    d = d.withAccessAtLeast(floor);
                }
                List<Draft.Problem> problems = d.problems();
                if (!problems.isEmpty()) {
                    job.failed(name + ": " + problems.get(0).field() + " " + problems.get(0).message());
                } else if (importOne(f.getKey(), d, false) == Outcome.CREATED) {
                    job.created();
                } else {
                    job.updated();
                }
            } catch (FrontMatter.FormatException e) {
                job.failed(name + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                job.failed(name + ": could not be read (" + e.getClass().getSimpleName() + ")");
                LOG.warn("Library import of {} failed", name, e);
            }
            job.step();
        }
        commitPending();
        // Merged outside the write lock: single changes go on meanwhile and the merge includes or follows them.
        index.compact();
        commitPending();
    }

    private void commitPending() throws IOException {
        synchronized (writeLock) {
            try {
                if (lastGeneration > 0) {
                    index.commit(lastGeneration);
                }
                // A batch becomes visible at once rather than file by file: one reopen per batch, not per file.
                index.refresh();
            } catch (IOException | RuntimeException e) {
                repair.failed(e);
                throw e;
            }
        }
    }

    // --- search and synonyms ---

    /**
     * Searches; a query without exact hits (none at all, or only typo-tolerant ones) is counted, without anything
     * about who asked, so administrators see what the library lacks or which words need synonyms.
     */
    public SearchModel.Result search(SearchModel.Request req) {
        SearchModel.Result r = search.search(req);
        boolean noExactHits = r.total() == 0 || r.fuzzy();
        if (noExactHits && req.page() == 0 && req.filters().isEmpty() && req.q() != null && !req.q().isBlank()) {
            try {
                zeroResults.count(req.q());
            } catch (RuntimeException e) {
                LOG.debug("zero-result count not stored", e);
            }
        }
        return r;
    }

    public List<SearchModel.Suggestion> suggest(String prefix, AccessLevel clearance, int max) {
        return search.suggest(prefix, clearance, max);
    }

    public List<SearchModel.Hit> similar(long id, AccessLevel clearance, int max) {
        return search.similar(id, clearance, max);
    }

    /** Queries that found nothing exact, most frequent first (no identities are kept). */
    public List<ZeroResults.Entry> zeroResults(int max) {
        return zeroResults.top(max);
    }

    /** The counted queries, for the retention schedule (they are in the database only, not in the index). */
    public ZeroResults zeroResultCounts() {
        return zeroResults;
    }

    public List<SynonymStore.Group> synonymGroups() {
        return synonyms.list();
    }

    /** Stores a synonym group; the next search uses it. */
    public SynonymStore.Group addSynonyms(List<String> terms) {
        SynonymStore.Group g = synonyms.add(terms);
        reloadSynonyms();
        return g;
    }

    /** Removes a synonym group; false if there is none with that id. The next search goes without it. */
    public boolean deleteSynonyms(long id) {
        boolean deleted = synonyms.delete(id);
        if (deleted) {
            reloadSynonyms();
        }
        return deleted;
    }

    private void reloadSynonyms() {
        search.setSynonyms(synonyms.list().stream().map(g -> String.join(", ", g.terms())).toList());
    }

    /** Waits for queued jobs (tests, shutdown). */
    public void awaitJobs() {
        try {
            worker.submit(() -> { }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a callback for when a job ends (audit of imports). */
    public void whenDone(Job job, Consumer<Job> callback) {
        worker.submit(() -> callback.accept(job));
    }

    /** Runs a repair as a job, unless one is queued or running (called by {@link IndexRepair}). */
    Job submitRepair() {
        return submit("repair", this::repairNow);
    }

    @Override
    public void close() throws IOException {
        repair.close();
        worker.shutdownNow();
        index.close();
    }
}
