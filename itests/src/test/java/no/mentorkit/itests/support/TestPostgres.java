package no.mentorkit.itests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** The PostgreSQL the tests use: {@code MENTORKIT_IT_PG_*}, else the database {@code .ci/postgres-up} makes. */
public final class TestPostgres {

    private TestPostgres() {
    }

    public static String url() {
        return env("MENTORKIT_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/mentorkit_it");
    }

    public static String user() {
        return env("MENTORKIT_IT_PG_USER", "mentorkit_it");
    }

    public static String password() {
        return env("MENTORKIT_IT_PG_PASSWORD", "mentorkit_it");
    }

    /** Whether something listens where the URL points, so a missing server is a skip (or a CI failure), not a hang. */
    public static boolean reachable(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort()), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
