package no.mentorkit.platform.storage;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/** A database failure; its message is for the log, never for the client. */
@ProviderType
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String what, SQLException cause) {
        super("Database failure in " + what + ": " + cause.getMessage(), cause);
    }

    /**
     * Whether the database gave up because another transaction held or changed the same rows at the same time (a
     * lock wait that timed out, a deadlock, a serialization failure): the caller may try again.
     */
    public boolean isConcurrencyConflict() {
        SQLException e = (SQLException) getCause();
        String state = e.getSQLState();
        return e.getErrorCode() == 50200 || e.getErrorCode() == 90131
                || "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state) || "HYT00".equals(state);
    }
}
