package no.mentorkit.platform.internal.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recognises the failures that are the environment's, not the request's: the database out of reach and the disk
 * full. They are answered 503 and 507 with Retry-After, so a client knows to try again and that nothing was stored,
 * instead of a 500 that reads like a defect (issue 15 item 5).
 */
public final class Faults {

    /** A fault of the environment, with its HTTP answer. */
    public enum Fault {
        DATABASE_UNREACHABLE(503, "Service Unavailable",
                "The database cannot be reached right now; nothing was changed. Try again shortly.", 5),
        STORAGE_FULL(507, "Insufficient Storage",
                "The server's storage is full; nothing was changed. Try again once space has been freed.", 30);

        public final int status;
        public final String title;
        public final String detail;
        public final int retryAfterSeconds;

        Fault(int status, String title, String detail, int retryAfterSeconds) {
            this.status = status;
            this.title = title;
            this.detail = detail;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** H2's code for "No disk space available" (ErrorCode.NO_DISK_SPACE_AVAILABLE). */
    private static final int H2_NO_DISK_SPACE = 90100;

    /** How long after the last write refused for a full disk health still says DEGRADED. */
    static final Duration FULL_REMEMBERED = Duration.ofSeconds(30);
    /** When a request last met a full disk (nanoTime), or 0: the error mappers are no DS components, so it is static. */
    private static final AtomicLong lastFull = new AtomicLong();

    private Faults() {
    }

    /** Remembers that a request met a full disk, for health. */
    static void sawStorageFull() {
        lastFull.set(Math.max(1, System.nanoTime()));
    }

    /** Whether a request met a full disk within {@link #FULL_REMEMBERED}. */
    static boolean storageRecentlyFull() {
        long at = lastFull.get();
        return at != 0 && System.nanoTime() - at < FULL_REMEMBERED.toNanos();
    }

    /** The environment's fault behind this failure, looking through its causes; empty for anything else. */
    public static Optional<Fault> of(Throwable failure) {
        boolean unreachable = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (isDiskFull(t)) {
                return Optional.of(Fault.STORAGE_FULL);
            }
            unreachable |= isUnreachable(t);
        }
        return unreachable ? Optional.of(Fault.DATABASE_UNREACHABLE) : Optional.empty();
    }

    private static boolean isDiskFull(Throwable t) {
        if (t instanceof SQLException e && ("53100".equals(e.getSQLState()) || e.getErrorCode() == H2_NO_DISK_SPACE)) {
            return true; // 53100: PostgreSQL's disk_full
        }
        String message = t.getMessage();
        return message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"));
    }

    private static boolean isUnreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof SQLException && "Connection is closed".equals(t.getMessage()) && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("com.zaxxer.hikari.")) {
            return true; // the pool evicted the connection under us when the database went away (no SQLState)
        }
        if (PoolEviction.databaseClosed(t)) {
            return true; // H2 closed the database (e.g. its disk filled up); the next connection reopens it
        }
        if (t instanceof SQLException e && e.getSQLState() != null) {
            String state = e.getSQLState();
            // 08: connection exception; 57P01-03: PostgreSQL shutting down, crashed, or not accepting connections yet.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return t instanceof IOException && t.getClass().getName().startsWith("org.postgresql.");
    }
}
