package no.mentorkit.library.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.library.internal.service.Library;
import no.mentorkit.library.internal.service.importer.Extractor;
import no.mentorkit.library.internal.service.importer.ImportFolders;
import no.mentorkit.library.internal.service.index.LibraryIndex;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.storage.ModuleSchema;

/**
 * The library inside OSGi: runs the schema migrations, opens the index under {@code ${karaf.data}}, and starts the
 * consistency check and the starter corpus as a background job. Lucene finds its codecs through SPI; the bundle's
 * class loader is made the context class loader while opening the index so the lookup sees the embedded jars.
 */
@Component(service = LibraryRuntime.class, configurationPid = "no.mentorkit.library",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LibraryConfig.class)
public class LibraryRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryRuntime.class);

    private final CompletableFuture<Library> library = new CompletableFuture<>();
    private final Path indexPath;
    private final int maxUploadBytes;
    private final ImportFolders importFolders;
    private final Thread starter;

    /**
     * Registers at once and does the slow part (opening the index) on a thread of its own: the REST
     * resources then join the JAX-RS application together with the platform's, instead of restarting it seconds
     * later while clients already use it. Calls made before the library is ready wait for it.
     */
    @Activate
    public LibraryRuntime(@Reference(target = "(mentorkit.schema=library)") ModuleSchema schema, BundleContext context,
            LibraryConfig config) {
        Bundle bundle = context.getBundle();
        this.indexPath = indexPath(config);
        this.maxUploadBytes = Math.max(1, config.maxUploadMegabytes()) * 1024 * 1024;
        this.importFolders = ImportFolders.of(config.importFolders(), System.getProperty("karaf.data", "data"));
        Extractor.limitPdfs(config.maxPdfPages(), config.maxPdfSeconds());
        starter = new Thread(() -> start(schema, bundle, config), "mentorkit-library-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Opens the index and loads the starter corpus; on failure (the database busy or unreachable at start)
     * tries again with a growing pause, so a passing fault does not leave the library unavailable until a restart.
     */
    private void start(ModuleSchema schema, Bundle bundle, LibraryConfig config) {
        for (int attempt = 1; stopped.getCount() > 0; attempt++) {
            Library lib = null;
            try {
                lib = open(schema);
                lib.start(config.loadStarterCorpus() ? corpus(bundle) : Map.of());
                LOG.info("Library index at {}", indexPath);
                library.complete(lib);
                return;
            } catch (IOException | RuntimeException e) {
                closeQuietly(lib);
                long pause = RETRY_PAUSE_MS.get(Math.min(attempt, RETRY_PAUSE_MS.size()) - 1);
                LOG.error("The library could not start (attempt {}); trying again in {} ms", attempt, pause, e);
                try {
                    if (stopped.await(pause, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static final List<Long> RETRY_PAUSE_MS = List.of(1_000L, 2_000L, 5_000L, 10_000L, 30_000L);

    /** Counted down at deactivation: ends the retries without interrupting Lucene's I/O. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    private static void closeQuietly(Library lib) {
        if (lib != null) {
            try {
                lib.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Library index did not close after a failed start", e);
            }
        }
    }

    private Library open(ModuleSchema schema) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(LibraryRuntime.class.getClassLoader());
        try {
            return new Library(schema.dataSource(), LibraryIndex.open(indexPath));
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
        try {
            starter.join(TimeUnit.SECONDS.toMillis(60));
            if (library.isDone() && !library.isCompletedExceptionally()) {
                library.join().close();
            }
        } catch (IOException e) {
            LOG.warn("Library index did not close cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The library, once started; a 503 problem if it is not ready within a few seconds (a first start that loads
     * the corpus, or a start that waits for the database), so no request hangs for long.
     */
    public Library library() {
        try {
            return library.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw ApiProblem.unavailable("The library is not available yet (starting, or waiting for the database); try again shortly.", 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.unavailable("The library is not available yet (starting, or waiting for the database); try again shortly.", 5);
        }
    }

    /** The library if it has started, without waiting (for status reports). */
    public Optional<Library> ifStarted() {
        return Optional.ofNullable(library.getNow(null));
    }

    public Path indexPath() {
        return indexPath;
    }

    public int maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The server folders a folder import may read. */
    public ImportFolders importFolders() {
        return importFolders;
    }

    private static Path indexPath(LibraryConfig config) {
        String configured = config.indexPath();
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured);
        }
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "mentorkit", "library-index");
    }

    /** The Markdown files under {@code /corpus} in the bundle, by source key, in name order. */
    static Map<String, byte[]> corpus(Bundle bundle) throws IOException {
        Enumeration<URL> entries = bundle.findEntries("corpus", "*.md", false);
        List<URL> urls = new ArrayList<>();
        while (entries != null && entries.hasMoreElements()) {
            urls.add(entries.nextElement());
        }
        urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (URL u : urls) {
            String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
            try (InputStream in = u.openStream()) {
                files.put(Library.CORPUS_PREFIX + name, in.readAllBytes());
            }
        }
        return files;
    }
}
