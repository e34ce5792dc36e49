package no.mentorkit.assessment.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.assessment.internal.model.Assessment;
import no.mentorkit.forms.Answer;
import no.mentorkit.forms.FinalJudgement;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.storage.ModuleSchema;
import no.mentorkit.platform.storage.Sql;

/** Assessments and training records in the {@code assessment} schema. */
@Component(service = AssessmentStore.class)
public class AssessmentStore {

    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<LinkedHashMap<String, Answer>> ANSWERS = new TypeReference<>() { };
    private static final String SELECT = "SELECT id, case_code, form_id, form_version, status, author_id, author_name, "
            + "answers, judgement, score, due_on, due_by_hand, created_at, updated_at, submitted_at, row_version, "
            + "pair_of FROM assessment.assessments ";

    private final DataSource db;

    @Activate
    public AssessmentStore(@Reference(target = "(mentorkit.schema=assessment)") ModuleSchema schema) {
        this.db = schema.dataSource();
    }

    /** For tests: a store over a database whose {@code assessment} schema is already migrated. */
    public AssessmentStore(DataSource db) {
        this.db = db;
    }

    public Assessment create(String caseCode, String formId, String formVersion, long authorId, String authorName,
            Long pairOf) {
        Instant now = now();
        long id = Sql.transaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment.assessments (case_code, form_id, "
                    + "form_version, status, author_id, author_name, answers, due_by_hand, created_at, updated_at, "
                    + "row_version, pair_of) VALUES (?, ?, ?, 'draft', ?, ?, '{}', FALSE, ?, ?, 1, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, caseCode);
                ps.setString(2, formId);
                ps.setString(3, formVersion);
                ps.setLong(4, authorId);
                ps.setString(5, authorName);
                ps.setObject(6, now.atOffset(ZoneOffset.UTC));
                ps.setObject(7, now.atOffset(ZoneOffset.UTC));
                if (pairOf == null) {
                    ps.setNull(8, Types.BIGINT);
                } else {
                    ps.setLong(8, pairOf);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    public Optional<Assessment> find(long id) {
        return Sql.query(db, SELECT + "WHERE id = ?", ps -> ps.setLong(1, id), AssessmentStore::read).stream()
                .findFirst();
    }

    /** The second rater's assessment paired with this one, if any. */
    public Optional<Assessment> pairedWith(long firstId) {
        return Sql.query(db, SELECT + "WHERE pair_of = ?", ps -> ps.setLong(1, firstId), AssessmentStore::read).stream()
                .findFirst();
    }

    /** The assessments one user wrote, newest first. */
    public List<Assessment> authoredBy(long userId) {
        return Sql.query(db, SELECT + "WHERE author_id = ? ORDER BY id DESC", ps -> ps.setLong(1, userId),
                AssessmentStore::read);
    }

    /** Every assessment, or those about one case code, newest first. */
    public List<Assessment> list(String caseCode) {
        if (caseCode == null) {
            return Sql.query(db, SELECT + "ORDER BY id DESC", ps -> { }, AssessmentStore::read);
        }
        return Sql.query(db, SELECT + "WHERE case_code = ? ORDER BY id DESC", ps -> ps.setString(1, caseCode),
                AssessmentStore::read);
    }

    /**
     * Saves answers (and, when submitting, the status, score and due date) if the row is still at the expected
     * version and a draft; returns whether it was.
     */
    public boolean save(long id, int expectedVersion, Map<String, Answer> answers, FinalJudgement judgement,
            boolean submit, Double score, LocalDate dueOn) {
        Instant now = now();
        int n = Sql.transaction(db, c -> Sql.update(c, "UPDATE assessment.assessments SET answers = ?, judgement = ?, "
                + "status = ?, score = ?, due_on = COALESCE(?, due_on), updated_at = ?, submitted_at = ?, "
                + "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'", ps -> {
                    ps.setString(1, json(answers));
                    ps.setString(2, judgement == null ? null : json(judgement));
                    ps.setString(3, submit ? Assessment.SUBMITTED : Assessment.DRAFT);
                    if (score == null) {
                        ps.setNull(4, Types.DOUBLE);
                    } else {
                        ps.setDouble(4, score);
                    }
                    ps.setObject(5, dueOn == null ? null : Date.valueOf(dueOn));
                    ps.setObject(6, now.atOffset(ZoneOffset.UTC));
                    ps.setObject(7, submit ? now.atOffset(ZoneOffset.UTC) : null);
                    ps.setLong(8, id);
                    ps.setInt(9, expectedVersion);
                }));
        return n == 1;
    }

    /** Sets the reassessment due date by hand; returns whether the row was at the expected version. */
    public boolean setDue(long id, int expectedVersion, LocalDate dueOn) {
        int n = Sql.transaction(db, c -> Sql.update(c, "UPDATE assessment.assessments SET due_on = ?, due_by_hand = TRUE, "
                + "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?", ps -> {
                    ps.setObject(1, dueOn == null ? null : Date.valueOf(dueOn));
                    ps.setObject(2, now().atOffset(ZoneOffset.UTC));
                    ps.setLong(3, id);
                    ps.setInt(4, expectedVersion);
                }));
        return n == 1;
    }

    public void recordTraining(long userId, String key, String by) {
        Sql.transaction(db, c -> {
            Sql.update(c, "DELETE FROM assessment.training WHERE user_id = ? AND training_key = ?", ps -> {
                ps.setLong(1, userId);
                ps.setString(2, key);
            });
            return Sql.update(c, "INSERT INTO assessment.training (user_id, training_key, recorded_by, recorded_at) "
                    + "VALUES (?, ?, ?, ?)", ps -> {
                        ps.setLong(1, userId);
                        ps.setString(2, key);
                        ps.setString(3, by);
                        ps.setObject(4, now().atOffset(ZoneOffset.UTC));
                    });
        });
    }

    public Set<String> trainingOf(long userId) {
        return Sql.query(db, "SELECT training_key FROM assessment.training WHERE user_id = ?", ps -> ps.setLong(1, userId),
                rs -> {
                    Set<String> keys = new TreeSet<>();
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                    return keys;
                });
    }

    /** Every training record as (user id, key). */
    public List<Map.Entry<Long, String>> allTraining() {
        return Sql.query(db, "SELECT user_id, training_key FROM assessment.training ORDER BY user_id, training_key",
                ps -> { }, rs -> {
                    List<Map.Entry<Long, String>> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(Map.entry(rs.getLong(1), rs.getString(2)));
                    }
                    return list;
                });
    }

    private static List<Assessment> read(ResultSet rs) throws SQLException {
        List<Assessment> list = new ArrayList<>();
        while (rs.next()) {
            double score = rs.getDouble(10);
            Double scoreOrNull = rs.wasNull() ? null : score;
            Date due = rs.getDate(11);
            String judgement = rs.getString(9);
            list.add(new Assessment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getLong(6), rs.getString(7), parse(rs.getString(8), ANSWERS),
                    judgement == null ? null : parse(judgement, new TypeReference<FinalJudgement>() { }), scoreOrNull,
                    due == null ? null : due.toLocalDate(), rs.getBoolean(12), Sql.instant(rs, 13), Sql.instant(rs, 14),
                    Sql.instant(rs, 15), rs.getInt(16), rs.getObject(17) == null ? null : rs.getLong(17)));
        }
        return list;
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
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

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
