package no.mentorkit.platform.storage;

import java.sql.SQLException;

/** A database failure; its message is for the log, never for the client. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String what, SQLException cause) {
        super("Database failure in " + what + ": " + cause.getMessage(), cause);
    }

    /** Whether the database refused the change for a uniqueness or foreign-key rule. */
    public boolean isConstraintViolation() {
        SQLException e = (SQLException) getCause();
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
