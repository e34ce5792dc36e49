package no.mentorkit.platform.internal.status;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.mentorkit.platform.storage.Storage;

/** What an operator needs to know about the database: reachable, which one, where, and each schema's version. */
public record DatabaseFacts(boolean up, String product, String version, String url, Map<String, String> schemas, String problem) {

    public static DatabaseFacts of(Storage storage) {
        try (Connection c = storage.dataSource().getConnection()) {
            if (!c.isValid(2)) {
                return down(storage, "the connection did not answer within 2 s");
            }
            DatabaseMetaData meta = c.getMetaData();
            return new DatabaseFacts(true, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    withoutParameters(meta.getURL()), schemaVersions(c), null);
        } catch (SQLException e) {
            return down(storage, e.getMessage());
        }
    }

    private static DatabaseFacts down(Storage storage, String problem) {
        return new DatabaseFacts(false, storage.databaseProduct(), null, null, Map.of(), problem);
    }

    /** A JDBC URL can carry credentials as parameters; only the part before them is shown. */
    static String withoutParameters(String url) {
        if (url == null) {
            return null;
        }
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }

    /** Each module schema's Flyway history (table {@code schema_history}): the latest version applied. */
    private static Map<String, String> schemaVersions(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_schema FROM information_schema.tables WHERE LOWER(table_name) = 'schema_history'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        Map<String, String> versions = new TreeMap<>();
        for (String schema : schemas) {
            if (!schema.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT \"version\" FROM \"" + schema
                    + "\".\"schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY");
                    ResultSet rs = ps.executeQuery()) {
                versions.put(schema.toLowerCase(), rs.next() ? rs.getString(1) : "none");
            }
        }
        return versions;
    }
}
