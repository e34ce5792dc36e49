package no.mentorkit.library.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.platform.storage.Sql;

/**
 * Resources, attachments and the change generation in the {@code library} schema. Every write raises the
 * generation in the same transaction, so the index can record which state of the database it reflects.
 */
public final class ResourceStore {

    /** Thrown when an update names a version that is no longer the current one. */
    public static final class StaleVersionException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A stored resource and the generation its change produced. */
    public record Change(Resource resource, long generation) {
    }

    public record Attachment(long id, long resourceId, String filename, String mediaType, long size,
            Instant createdAt) {
    }

    private static final String COLUMNS = "id, source_key, title, summary, body, language, topics, audience, source, "
            + "author, pub_year, evidence, access_level, version, created_at, updated_at";

    private final DataSource db;

    public ResourceStore(DataSource db) {
        this.db = db;
    }

    public long generation() {
        return Sql.query(db, "SELECT generation FROM library.state WHERE id = 1", ps -> { },
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public Optional<Resource> find(long id) {
        List<Resource> l = Sql.query(db, "SELECT " + COLUMNS + " FROM library.resources WHERE id = ?",
                ps -> ps.setLong(1, id), ResourceStore::read);
        return l.stream().findFirst();
    }

    public Optional<Resource> findBySourceKey(String key) {
        List<Resource> l = Sql.query(db, "SELECT " + COLUMNS + " FROM library.resources WHERE source_key = ?",
                ps -> ps.setString(1, key), ResourceStore::read);
        return l.stream().findFirst();
    }

    public long count() {
        return Sql.query(db, "SELECT COUNT(*) FROM library.resources", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public long countWithSourcePrefix(String prefix) {
        return Sql.query(db, "SELECT COUNT(*) FROM library.resources WHERE source_key LIKE ?",
                ps -> ps.setString(1, prefix + "%"), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** A page of the resources at the given access levels, by id. */
    public List<Resource> list(List<AccessLevel> levels, int offset, int limit) {
        return Sql.query(db, "SELECT " + COLUMNS + " FROM library.resources WHERE access_level IN (?, ?, ?) "
                + "ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ps -> {
                    bindLevels(ps, levels);
                    ps.setInt(4, offset);
                    ps.setInt(5, limit);
                }, ResourceStore::read);
    }

    /** How many resources are at the given access levels: a list never counts what its reader may not see. */
    public long count(List<AccessLevel> levels) {
        return Sql.query(db, "SELECT COUNT(*) FROM library.resources WHERE access_level IN (?, ?, ?)",
                ps -> bindLevels(ps, levels), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    private static void bindLevels(PreparedStatement ps, List<AccessLevel> levels) throws SQLException {
        for (int i = 0; i < 3; i++) {
            // Unused places repeat the first level: IN (a, a, a) is the same as IN (a).
            ps.setString(i + 1, (i < levels.size() ? levels.get(i) : levels.get(0)).code());
        }
    }

    /** Streams every resource in id order, a batch at a time, so a rebuild never holds the whole library. */
    public void forEach(Consumer<Resource> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Resource> batch = Sql.query(db, "SELECT " + COLUMNS
                    + " FROM library.resources WHERE id > ? ORDER BY id FETCH FIRST 500 ROWS ONLY",
                    ps -> ps.setLong(1, from), ResourceStore::read);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(each);
            after = batch.get(batch.size() - 1).id();
        }
    }

    public Change insert(Resource r) {
        return Sql.transaction(db, c -> {
            OffsetDateTime now = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO library.resources (source_key, title, summary, "
                    + "body, language, topics, audience, source, author, pub_year, evidence, access_level, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindContent(ps, r);
                ps.setObject(13, now);
                ps.setObject(14, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            long gen = bump(c);
            return new Change(r.withIdentity(id, 1, now.toInstant(), now.toInstant()), gen);
        });
    }

    /** Replaces the content; {@code expectedVersion} null skips the check (imports of the same file). */
    public Change update(long id, Resource r, Integer expectedVersion) {
        return Sql.transaction(db, c -> {
            Resource current = Sql.query(c, "SELECT " + COLUMNS + " FROM library.resources WHERE id = ? FOR UPDATE",
                    ps -> ps.setLong(1, id), ResourceStore::read).stream().findFirst().orElse(null);
            if (current == null) {
                return null;
            }
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersionException();
            }
            OffsetDateTime now = now();
            int version = current.version() + 1;
            Sql.update(c, "UPDATE library.resources SET source_key = ?, title = ?, summary = ?, body = ?, language = ?, "
                    + "topics = ?, audience = ?, source = ?, author = ?, pub_year = ?, evidence = ?, access_level = ?, "
                    + "version = ?, updated_at = ? WHERE id = ?", ps -> {
                        bindContent(ps, r.sourceKey() == null ? withKey(r, current.sourceKey()) : r);
                        ps.setInt(13, version);
                        ps.setObject(14, now);
                        ps.setLong(15, id);
                    });
            long gen = bump(c);
            Resource stored = (r.sourceKey() == null ? withKey(r, current.sourceKey()) : r)
                    .withIdentity(id, version, current.createdAt(), now.toInstant());
            return new Change(stored, gen);
        });
    }

    /** Deletes the resource and its attachments; returns the new generation, or -1 if there was none. */
    public long delete(long id) {
        return Sql.transaction(db, c -> {
            Sql.update(c, "DELETE FROM library.attachments WHERE resource_id = ?", ps -> ps.setLong(1, id));
            int n = Sql.update(c, "DELETE FROM library.resources WHERE id = ?", ps -> ps.setLong(1, id));
            return n == 0 ? -1L : bump(c);
        });
    }

    public Attachment addAttachment(long resourceId, String filename, String mediaType, byte[] content) {
        return Sql.transaction(db, c -> {
            OffsetDateTime now = now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO library.attachments (resource_id, filename, "
                    + "media_type, size_bytes, content_base64, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, resourceId);
                ps.setString(2, filename);
                ps.setString(3, mediaType);
                ps.setLong(4, content.length);
                ps.setString(5, Base64.getEncoder().encodeToString(content));
                ps.setObject(6, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Attachment(keys.getLong(1), resourceId, filename, mediaType, content.length,
                            now.toInstant());
                }
            }
        });
    }

    public List<Attachment> attachments(long resourceId) {
        return Sql.query(db, "SELECT id, resource_id, filename, media_type, size_bytes, created_at "
                + "FROM library.attachments WHERE resource_id = ? ORDER BY id", ps -> ps.setLong(1, resourceId), rs -> {
                    List<Attachment> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), Sql.instant(rs, 6)));
                    }
                    return out;
                });
    }

    /** An attachment with its bytes. */
    public record StoredFile(Attachment attachment, byte[] content) {
    }

    /** The attachment and its bytes. */
    public Optional<StoredFile> attachmentContent(long attachmentId) {
        return Sql.query(db, "SELECT id, resource_id, filename, media_type, size_bytes, created_at, content_base64 "
                + "FROM library.attachments WHERE id = ?", ps -> ps.setLong(1, attachmentId), rs -> {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Attachment a = new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), Sql.instant(rs, 6));
                    return Optional.of(new StoredFile(a, Base64.getDecoder().decode(rs.getString(7))));
                });
    }

    private static Resource withKey(Resource r, String key) {
        return new Resource(r.id(), key, r.title(), r.summary(), r.body(), r.language(), r.topics(), r.audience(),
                r.source(), r.author(), r.year(), r.evidence(), r.access(), r.version(), r.createdAt(), r.updatedAt());
    }

    private static long bump(Connection c) throws SQLException {
        Sql.update(c, "UPDATE library.state SET generation = generation + 1 WHERE id = 1", ps -> { });
        return Sql.query(c, "SELECT generation FROM library.state WHERE id = 1", ps -> { },
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    private static void bindContent(PreparedStatement ps, Resource r) throws SQLException {
        ps.setString(1, r.sourceKey());
        ps.setString(2, r.title());
        ps.setString(3, r.summary());
        ps.setString(4, r.body());
        ps.setString(5, r.language());
        ps.setString(6, String.join(",", r.topics()));
        ps.setString(7, String.join(",", r.audience()));
        ps.setString(8, r.source());
        ps.setString(9, r.author());
        if (r.year() == null) {
            ps.setNull(10, Types.INTEGER);
        } else {
            ps.setInt(10, r.year());
        }
        ps.setString(11, r.evidence());
        ps.setString(12, r.access().code());
    }

    private static List<Resource> read(ResultSet rs) throws SQLException {
        List<Resource> out = new ArrayList<>();
        while (rs.next()) {
            int year = rs.getInt(11);
            Integer y = rs.wasNull() ? null : year;
            out.add(new Resource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), split(rs.getString(7)), split(rs.getString(8)), rs.getString(9),
                    rs.getString(10), y, rs.getString(12), AccessLevel.fromCode(rs.getString(13)).orElse(AccessLevel.COORDINATOR),
                    rs.getInt(14), Sql.instant(rs, 15), Sql.instant(rs, 16)));
        }
        return out;
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
