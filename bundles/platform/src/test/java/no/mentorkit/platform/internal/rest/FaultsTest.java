package no.mentorkit.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.storage.StorageException;

class FaultsTest {

    @Test
    void aDatabaseThatWasShutDownUnderAConnectionIsUnreachable() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:faults-closed", "sa", "");
        c.createStatement().execute("SHUTDOWN");
        Throwable failure = catchThrowable(() -> c.createStatement().executeQuery("SELECT 1"));
        assertThat(failure).isInstanceOf(SQLException.class);
        assertThat(Faults.of(new StorageException("a read", (SQLException) failure)))
                .contains(Faults.Fault.DATABASE_UNREACHABLE);
    }

    @Test
    void aPoolThatTimesOutWaitingForAConnectionIsUnreachable() {
        // What HikariCP throws when no connection can be had within connectionTimeout.
        SQLException timeout = new SQLTransientConnectionException("mentorkit - Connection is not available, request timed out after 2000ms.");
        assertThat(Faults.of(new StorageException("a write", timeout))).contains(Faults.Fault.DATABASE_UNREACHABLE);
    }

    @Test
    void aRefusedSocketIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closed = port;
        Throwable refused = catchThrowable(() -> new Socket("127.0.0.1", closed).close());
        assertThat(Faults.of(new RuntimeException("wrapped", refused))).contains(Faults.Fault.DATABASE_UNREACHABLE);
    }

    @Test
    void aFullDiskIsStorageFull() {
        // The message the JDK gives for ENOSPC, as Lucene or H2 pass it on.
        IOException enospc = new IOException("No space left on device");
        assertThat(Faults.of(new UncheckedIOException(enospc))).contains(Faults.Fault.STORAGE_FULL);
        assertThat(Faults.of(new StorageException("a write", new SQLException("could not extend file", "53100"))))
                .contains(Faults.Fault.STORAGE_FULL);
    }

    @Test
    void ordinaryFailuresAreNoFaultOfTheEnvironment() {
        assertThat(Faults.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(Faults.of(new StorageException("a write", new SQLException("duplicate", "23505")))).isEmpty();
        assertThat(Faults.of(new StorageException("a read", new SQLException("syntax", "42601")))).isEmpty();
    }
}
