package no.mentorkit.library.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import no.mentorkit.platform.storage.Sql;

/** Synonym groups kept by administrators. */
public final class SynonymStore {

    public record Group(long id, List<String> terms, Instant createdAt) {
    }

    private final DataSource db;

    public SynonymStore(DataSource db) {
        this.db = db;
    }

    public List<Group> list() {
        return Sql.query(db, "SELECT id, terms, created_at FROM library.synonyms ORDER BY id", ps -> { }, rs -> {
            List<Group> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Group(rs.getLong(1), List.of(rs.getString(2).split("\\s*,\\s*")), Sql.instant(rs, 3)));
            }
            return out;
        });
    }

    public Group add(List<String> terms) {
        String joined = String.join(", ", terms);
        Instant now = Instant.now();
        long id = Sql.transaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO library.synonyms (terms, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, joined);
                ps.setObject(2, now.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Group(id, List.copyOf(terms), now);
    }

    public boolean delete(long id) {
        return Sql.transaction(db, c -> Sql.update(c, "DELETE FROM library.synonyms WHERE id = ?",
                ps -> ps.setLong(1, id))) > 0;
    }
}
