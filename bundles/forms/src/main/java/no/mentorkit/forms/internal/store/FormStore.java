package no.mentorkit.forms.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.forms.DeploySource;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.FormStatus;
import no.mentorkit.forms.LintError;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.storage.Sql;

/** Definitions and deployment outcomes in the {@code forms} schema. */
public final class FormStore {

    /** A stored version as a row: the content is the definition's JSON text as deployed. */
    public record Row(String formId, String version, String kind, FormStatus status, DeploySource source,
            String file, String content, Instant deployedAt) {
    }

    private static final ObjectMapper JSON = Json.mapper();
    private static final String COLUMNS = "form_id, version, kind, status, source, file, content, deployed_at";

    private final DataSource db;

    public FormStore(DataSource db) {
        this.db = db;
    }

    public Optional<Row> find(String formId, String version) {
        List<Row> rows = Sql.query(db, "SELECT " + COLUMNS + " FROM forms.definitions WHERE form_id = ? AND version = ?",
                ps -> {
                    ps.setString(1, formId);
                    ps.setString(2, version);
                }, FormStore::rows);
        return rows.stream().findFirst();
    }

    public List<Row> all() {
        return Sql.query(db, "SELECT " + COLUMNS + " FROM forms.definitions", ps -> { }, FormStore::rows);
    }

    public List<Row> fromFile(DeploySource source, String file) {
        return Sql.query(db, "SELECT " + COLUMNS + " FROM forms.definitions WHERE source = ? AND file = ?", ps -> {
            ps.setString(1, source.code());
            ps.setString(2, file);
        }, FormStore::rows);
    }

    public void insert(Row r, String actor) {
        Sql.transaction(db, c -> Sql.update(c, "INSERT INTO forms.definitions (" + COLUMNS + ", deployed_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, r.formId());
                    ps.setString(2, r.version());
                    ps.setString(3, r.kind());
                    ps.setString(4, r.status().code());
                    ps.setString(5, r.source().code());
                    ps.setString(6, r.file());
                    ps.setString(7, r.content());
                    ps.setObject(8, r.deployedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(9, actor);
                }));
    }

    /** Replaces a draft's content; a published or retired row is left alone (the WHERE clause guards it). */
    public int replaceDraft(Row r, String actor) {
        return Sql.transaction(db, c -> Sql.update(c, "UPDATE forms.definitions SET kind = ?, status = ?, source = ?, "
                + "file = ?, content = ?, deployed_at = ?, deployed_by = ? WHERE form_id = ? AND version = ? "
                + "AND status = 'draft'", ps -> {
                    ps.setString(1, r.kind());
                    ps.setString(2, r.status().code());
                    ps.setString(3, r.source().code());
                    ps.setString(4, r.file());
                    ps.setString(5, r.content());
                    ps.setObject(6, r.deployedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(7, actor);
                    ps.setString(8, r.formId());
                    ps.setString(9, r.version());
                }));
    }

    public void setStatus(String formId, String version, FormStatus status) {
        Sql.transaction(db, c -> Sql.update(c, "UPDATE forms.definitions SET status = ? WHERE form_id = ? AND version = ?",
                ps -> {
                    ps.setString(1, status.code());
                    ps.setString(2, formId);
                    ps.setString(3, version);
                }));
    }

    public Deployment record(Deployment d) {
        String errors;
        try {
            errors = d.errors().isEmpty() ? null : JSON.writeValueAsString(d.errors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sql.transaction(db, c -> Sql.update(c, "INSERT INTO forms.deployments (at, source, file, form_id, version, "
                + "outcome, errors, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setObject(1, at.atOffset(ZoneOffset.UTC));
                    ps.setString(2, d.source().code());
                    ps.setString(3, d.file());
                    ps.setString(4, d.formId());
                    ps.setString(5, d.version());
                    ps.setString(6, d.outcome());
                    ps.setString(7, errors);
                    ps.setString(8, d.actor());
                }));
        return new Deployment(d.seq(), at, d.source(), d.file(), d.formId(), d.version(), d.outcome(), d.errors(),
                d.actor());
    }

    public List<Deployment> deployments(int limit) {
        return Sql.query(db, "SELECT id, at, source, file, form_id, version, outcome, errors, actor "
                + "FROM forms.deployments ORDER BY id DESC OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                ps -> ps.setInt(1, limit), rs -> {
                    List<Deployment> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new Deployment(rs.getLong(1), Sql.instant(rs, 2),
                                DeploySource.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), errors(rs.getString(8)), rs.getString(9)));
                    }
                    return list;
                });
    }

    private static List<LintError> errors(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<LintError>>() { });
        } catch (JsonProcessingException e) {
            return List.of(new LintError(null, "$", json));
        }
    }

    private static List<Row> rows(ResultSet rs) throws SQLException {
        List<Row> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                    FormStatus.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                    DeploySource.fromCode(rs.getString(5)), rs.getString(6), rs.getString(7), Sql.instant(rs, 8)));
        }
        return list;
    }
}
