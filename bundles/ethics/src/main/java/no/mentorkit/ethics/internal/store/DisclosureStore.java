package no.mentorkit.ethics.internal.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.internal.model.Disclosure;
import no.mentorkit.platform.storage.Sql;

/** The disclosure log: append-only; there is no update or delete here on purpose. */
@Component(service = DisclosureStore.class)
public class DisclosureStore {

    private static final String SELECT = "SELECT id, case_code, disclosed_on, recipient, what, legal_basis, "
            + "legal_basis_text, decided_by, corrects, correction_reason, recorded_by_id, recorded_by, recorded_at "
            + "FROM ethics.disclosures ";

    private final DataSource db;

    @Activate
    public DisclosureStore(@Reference EthicsDatabase database) {
        this.db = database.dataSource();
    }

    public Disclosure append(Disclosure d) {
        long id = Sql.transaction(db, c -> Sql.insert(c, "INSERT INTO ethics.disclosures (case_code, "
                + "disclosed_on, recipient, what, legal_basis, legal_basis_text, decided_by, corrects, "
                + "correction_reason, recorded_by_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, d.caseCode());
                    ps.setDate(2, Date.valueOf(d.disclosedOn()));
                    ps.setString(3, d.recipient());
                    ps.setString(4, d.what());
                    ps.setString(5, d.legalBasis());
                    ps.setString(6, d.legalBasisText());
                    ps.setString(7, d.decidedBy());
                    if (d.corrects() == null) {
                        ps.setNull(8, Types.BIGINT);
                    } else {
                        ps.setLong(8, d.corrects());
                    }
                    ps.setString(9, d.correctionReason());
                    ps.setLong(10, d.recordedById());
                    ps.setString(11, d.recordedBy());
                    ps.setObject(12, Sql.now());
                }));
        return find(id).orElseThrow();
    }

    public Optional<Disclosure> find(long id) {
        return Sql.query(db, SELECT + "WHERE id = ?", ps -> ps.setLong(1, id), DisclosureStore::read).stream()
                .findFirst();
    }

    /** Entries about one case code, or all when {@code null}; newest first. */
    public List<Disclosure> list(String caseCode) {
        if (caseCode == null) {
            return Sql.query(db, SELECT + "ORDER BY id DESC", ps -> { }, DisclosureStore::read);
        }
        return Sql.query(db, SELECT + "WHERE case_code = ? ORDER BY id DESC", ps -> ps.setString(1, caseCode),
                DisclosureStore::read);
    }

    private static List<Disclosure> read(ResultSet rs) throws SQLException {
        List<Disclosure> list = new ArrayList<>();
        while (rs.next()) {
            list.add(new Disclosure(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    Sql.nullableLong(rs, 9), rs.getString(10), rs.getLong(11), rs.getString(12),
                    Sql.instant(rs, 13)));
        }
        return list;
    }
}
