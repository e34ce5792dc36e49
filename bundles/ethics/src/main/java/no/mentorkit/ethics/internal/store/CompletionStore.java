package no.mentorkit.ethics.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.model.ItemAnswer;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.storage.Sql;

/** Checklist completions. Every change names the row version it expects and only a draft takes answers. */
@Component(service = CompletionStore.class)
public class CompletionStore {

    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<LinkedHashMap<String, ItemAnswer>> ANSWERS = new TypeReference<>() { };
    private static final String SELECT = "SELECT id, subject_type, subject_id, form_id, form_version, status, answers, "
            + "author_id, author_name, created_at, updated_at, signed_by_id, signed_by, signed_at, countersigned_by_id, "
            + "countersigned_by, countersigned_role, countersigned_at, countersign_comment, row_version "
            + "FROM ethics.completions ";

    private final DataSource db;

    @Activate
    public CompletionStore(@Reference EthicsDatabase database) {
        this.db = database.dataSource();
    }

    public Completion create(String subjectType, String subjectId, String formId, String formVersion, long authorId,
            String authorName) {
        long id = Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO ethics.completions (subject_type, "
                + "subject_id, form_id, form_version, status, answers, author_id, author_name, created_at, updated_at, "
                + "row_version) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, 1)", ps -> {
                    var now = Sql.now();
                    ps.setString(1, subjectType);
                    ps.setString(2, subjectId);
                    ps.setString(3, formId);
                    ps.setString(4, formVersion);
                    ps.setString(5, EthicsCodes.DRAFT);
                    ps.setLong(6, authorId);
                    ps.setString(7, authorName);
                    ps.setObject(8, now);
                    ps.setObject(9, now);
                }));
        return find(id).orElseThrow();
    }

    public Optional<Completion> find(long id) {
        return Sql.query(db, SELECT + "WHERE id = ?", ps -> ps.setLong(1, id), CompletionStore::read).stream()
                .findFirst();
    }

    /** Completions about one subject, newest first. */
    public List<Completion> about(String subjectType, String subjectId) {
        return Sql.query(db, SELECT + "WHERE subject_type = ? AND subject_id = ? ORDER BY id DESC", ps -> {
            ps.setString(1, subjectType);
            ps.setString(2, subjectId);
        }, CompletionStore::read);
    }

    /** Every completion, newest first (callers filter by access). */
    public List<Completion> all() {
        return Sql.query(db, SELECT + "ORDER BY id DESC", ps -> { }, CompletionStore::read);
    }

    /** Whether a countersigned completion of the checklist (any version) exists for the subject. */
    public boolean countersigned(String subjectType, String subjectId, String formId) {
        return Sql.query(db, "SELECT COUNT(*) FROM ethics.completions WHERE subject_type = ? AND subject_id = ? "
                + "AND form_id = ? AND status = ?", ps -> {
                    ps.setString(1, subjectType);
                    ps.setString(2, subjectId);
                    ps.setString(3, formId);
                    ps.setString(4, EthicsCodes.COUNTERSIGNED);
                }, rs -> rs.next() && rs.getLong(1) > 0);
    }

    /** Saves a draft's answers; false if the row moved on or is no longer a draft. */
    public boolean saveDraft(long id, int expectedVersion, Map<String, ItemAnswer> answers) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE ethics.completions SET answers = ?, updated_at = ?, "
                + "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = ?", ps -> {
                    ps.setString(1, json(answers));
                    ps.setObject(2, Sql.now());
                    ps.setLong(3, id);
                    ps.setInt(4, expectedVersion);
                    ps.setString(5, EthicsCodes.DRAFT);
                })) == 1;
    }

    /** Saves the final answers and signs a draft; false if the row moved on or is no longer a draft. */
    public boolean sign(long id, int expectedVersion, Map<String, ItemAnswer> answers, long userId, String username) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE ethics.completions SET answers = ?, status = ?, "
                + "signed_by_id = ?, signed_by = ?, signed_at = ?, updated_at = ?, row_version = row_version + 1 "
                + "WHERE id = ? AND row_version = ? AND status = ?", ps -> {
                    var now = Sql.now();
                    ps.setString(1, json(answers));
                    ps.setString(2, EthicsCodes.SIGNED);
                    ps.setLong(3, userId);
                    ps.setString(4, username);
                    ps.setObject(5, now);
                    ps.setObject(6, now);
                    ps.setLong(7, id);
                    ps.setInt(8, expectedVersion);
                    ps.setString(9, EthicsCodes.DRAFT);
                })) == 1;
    }

    /** Countersigns a signed completion; false if the row moved on or is not signed. */
    public boolean countersign(long id, int expectedVersion, long userId, String username, String role,
            String comment) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE ethics.completions SET status = ?, "
                + "countersigned_by_id = ?, countersigned_by = ?, countersigned_role = ?, countersigned_at = ?, "
                + "countersign_comment = ?, updated_at = ?, row_version = row_version + 1 "
                + "WHERE id = ? AND row_version = ? AND status = ?", ps -> {
                    var now = Sql.now();
                    ps.setString(1, EthicsCodes.COUNTERSIGNED);
                    ps.setLong(2, userId);
                    ps.setString(3, username);
                    ps.setString(4, role);
                    ps.setObject(5, now);
                    ps.setString(6, comment);
                    ps.setObject(7, now);
                    ps.setLong(8, id);
                    ps.setInt(9, expectedVersion);
                    ps.setString(10, EthicsCodes.SIGNED);
                })) == 1;
    }

    private static List<Completion> read(ResultSet rs) throws SQLException {
        List<Completion> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new Completion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), parse(rs.getString(7)), rs.getLong(8), rs.getString(9), Sql.instant(rs, 10),
                    Sql.instant(rs, 11), Sql.nullableLong(rs, 12), rs.getString(13), Sql.instant(rs, 14),
                    Sql.nullableLong(rs, 15), rs.getString(16), rs.getString(17), Sql.instant(rs, 18),
                    rs.getString(19), rs.getInt(20)));
        }
        return list;
    }

    private static Map<String, ItemAnswer> parse(String json) {
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
