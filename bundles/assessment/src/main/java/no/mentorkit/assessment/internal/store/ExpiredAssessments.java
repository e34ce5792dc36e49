package no.mentorkit.assessment.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.ModuleSchema;
import no.mentorkit.platform.storage.Sql;

/** Assessments whose retention has run out (by their last change), found and deleted. */
@Component(service = ExpiredAssessments.class)
public class ExpiredAssessments {

    private final DataSource db;

    @Activate
    public ExpiredAssessments(@Reference(target = "(mentorkit.schema=assessment)") ModuleSchema schema) {
        this.db = schema.dataSource();
    }

    /** Ids of assessments last changed before {@code cutoff} whose case code is not held. */
    public List<Long> changedBefore(Instant cutoff, Predicate<String> held) {
        return Sql.query(db, "SELECT id, case_code FROM assessment.assessments WHERE updated_at < ? ORDER BY id",
                ps -> ps.setTimestamp(1, Timestamp.from(cutoff)), rs -> {
                    List<Long> out = new ArrayList<>();
                    while (rs.next()) {
                        if (!held.test(rs.getString(2))) {
                            out.add(rs.getLong(1));
                        }
                    }
                    return out;
                });
    }

    public long delete(List<Long> ids) {
        return Sql.transaction(db, c -> {
            long n = 0;
            for (long id : ids) {
                n += Sql.update(c, "DELETE FROM assessment.assessments WHERE id = ?", ps -> ps.setLong(1, id));
            }
            return n;
        });
    }
}
