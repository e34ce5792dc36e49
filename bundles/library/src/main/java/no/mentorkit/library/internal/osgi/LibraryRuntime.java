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
import java.util.concurrent.CompletableFuture;
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

import no.mentorkit.library.internal.core.Library;
import no.mentorkit.library.internal.index.LibraryIndex;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.storage.Storage;

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
    static final String MODULE = "library";

    private final CompletableFuture<Library> library = new CompletableFuture<>();
    private final Path indexPath;
    private final int maxUploadBytes;

    /**
     * Registers at once and does the slow part (migrations, opening the index) on a thread of its own: the REST
     * resources then join the JAX-RS application together with the platform's, instead of restarting it seconds
     * later while clients already use it. Calls made before the library is ready wait for it.
     */
    @Activate
    public LibraryRuntime(@Reference Storage storage, BundleContext context, LibraryConfig config) {
        Bundle bundle = context.getBundle();
        this.indexPath = indexPath(config);
        this.maxUploadBytes = Math.max(1, config.maxUploadMegabytes()) * 1024 * 1024;
        Thread starter = new Thread(() -> {
            try {
                storage.migrate(MODULE, bundle);
                Library lib = open(storage);
                lib.start(config.loadStarterCorpus() ? corpus(bundle) : Map.of());
                LOG.info("Library index at {}", indexPath);
                library.complete(lib);
            } catch (IOException | RuntimeException e) {
                LOG.error("The library could not start", e);
                library.completeExceptionally(e);
            }
        }, "mentorkit-library-start");
        starter.setDaemon(true);
        starter.start();
    }

    private Library open(Storage storage) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(LibraryRuntime.class.getClassLoader());
        try {
            return new Library(storage.dataSource(), LibraryIndex.open(indexPath));
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        try {
            library.get(60, TimeUnit.SECONDS).close();
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.warn("Library index did not close cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The library, once started; a 503 problem if it is not ready within half a minute. */
    public Library library() {
        try {
            return library.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new ApiProblem(503, "Service Unavailable", "The library is not available yet; try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Service Unavailable", "The library is not available yet; try again shortly.");
        }
    }

    public Path indexPath() {
        return indexPath;
    }

    public int maxUploadBytes() {
        return maxUploadBytes;
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
