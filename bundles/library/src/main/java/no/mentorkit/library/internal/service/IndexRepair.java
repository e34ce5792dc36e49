package no.mentorkit.library.internal.service;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index back after it could not be written. Lucene closes its writer for good after a "tragic" failure
 * such as a full disk, and before this every library write and reindex then failed until a restart while health said
 * UP (issue 15). Now a failure is remembered as the reason the library is degraded, and every few seconds a repair
 * job reopens the writer and rebuilds the index from the database, until one succeeds.
 */
final class IndexRepair {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRepair.class);
    static final long PAUSE_SECONDS = 5;

    private final Library library;
    private volatile String reason;
    private ScheduledExecutorService timer;
    private Job running;

    IndexRepair(Library library) {
        this.library = library;
    }

    /** The index could not follow a change: say so, and start trying to repair it. */
    void failed(Throwable e) {
        String why = describe(e);
        if (reason == null) {
            LOG.error("Library index cannot be written ({}); the database keeps every change, and the index is "
                    + "rebuilt from it once it can be written again", why, e);
        } else {
            LOG.debug("Library index still cannot be written", e);
        }
        reason = why + "; searches may miss changes made since, until the index is rebuilt (tried every "
                + PAUSE_SECONDS + " s)";
        schedule();
    }

    /** A rebuild succeeded: the index follows the database again. */
    void recovered() {
        if (reason != null) {
            LOG.info("Library index recovered and rebuilt from the database");
        }
        reason = null;
    }

    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    private synchronized void schedule() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mentorkit-library-repair");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tick, PAUSE_SECONDS, PAUSE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private synchronized void tick() {
        try {
            if (reason != null && (running == null || running.finished())) {
                running = library.submitRepair();
            }
        } catch (RuntimeException e) {
            LOG.warn("Library index repair could not be started", e);
        }
    }

    synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return "the index cannot be written: the disk is full";
            }
        }
        return "the index cannot be written (" + e.getClass().getSimpleName() + ")";
    }
}
