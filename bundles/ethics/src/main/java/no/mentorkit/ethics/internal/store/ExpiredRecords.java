package no.mentorkit.ethics.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.Sql;

/**
 * The ethics records whose retention has run out, found and deleted: checklist completions by their last change,
 * and the disclosures about a case code together, once the newest of them is old enough (a correction and the entry
 * it corrects go together).
 */
@Component(service = ExpiredRecords.class)
public class ExpiredRecords {

    /** A completion: its id and what it is about (for legal holds). */
    public record ExpiredCompletion(long id, String subjectType, String subjectId) {
    }

    private final DataSource db;

    @Activate
    public ExpiredRecords(@Reference EthicsDatabase database) {
        this.db = database.dataSource();
    }

    /** Completions last changed before {@code cutoff} whose subject is not held. */
    public List<ExpiredCompletion> completionsBefore(Instant cutoff, BiPredicate<String, String> held) {
        return Sql.query(db, "SELECT id, subject_type, subject_id FROM ethics.completions WHERE updated_at < ? "
                + "ORDER BY id",
                ps -> ps.setTimestamp(1, Timestamp.from(cutoff)), rs -> {
                    List<ExpiredCompletion> out = new ArrayList<>();
                    while (rs.next()) {
                        ExpiredCompletion c = new ExpiredCompletion(rs.getLong(1), rs.getString(2), rs.getString(3));
                        if (!held.test(c.subjectType(), c.subjectId())) {
                            out.add(c);
                        }
                    }
                    return out;
                });
    }

    /** The disclosures about one case code: how many there are. */
    public record CaseDisclosures(String caseCode, long count) {
    }

    /** Case codes whose newest disclosure was recorded before {@code cutoff}, held ones left out. */
    public List<CaseDisclosures> disclosuresBefore(Instant cutoff, Predicate<String> held) {
        return Sql.query(db, "SELECT case_code, COUNT(*) FROM ethics.disclosures GROUP BY case_code "
                + "HAVING MAX(recorded_at) < ? ORDER BY case_code", ps -> ps.setTimestamp(1, Timestamp.from(cutoff)),
                rs -> {
                    List<CaseDisclosures> out = new ArrayList<>();
                    while (rs.next()) {
                        if (!held.test(rs.getString(1))) {
                            out.add(new CaseDisclosures(rs.getString(1), rs.getLong(2)));
                        }
                    }
                    return out;
                });
    }

    public long deleteCompletions(List<ExpiredCompletion> completions) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (ExpiredCompletion e : completions) {
                n += Sql.update(c, "DELETE FROM ethics.completions WHERE id = ?", ps -> ps.setLong(1, e.id()));
            }
            return n;
        });
    }

    public long deleteDisclosures(List<CaseDisclosures> cases) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (CaseDisclosures d : cases) {
                n += Sql.update(c, "DELETE FROM ethics.disclosures WHERE case_code = ?",
                        ps -> ps.setString(1, d.caseCode()));
            }
            return n;
        });
    }
}
