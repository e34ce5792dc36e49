package no.mentorkit.assessment.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.storage.ModuleSchema;
import no.mentorkit.platform.storage.Sql;

/**
 * Submitted assessments with a reassessment due date, by whether the next submitted assessment of the same case
 * with the same form came on time (on or before the due date), late, not yet though the date has passed (overdue),
 * or not yet and not yet due; grouped in the database.
 */
@Component(service = AssessmentCounts.class)
public class AssessmentCounts {

    private final DataSource db;

    @Activate
    public AssessmentCounts(@Reference(target = "(mentorkit.schema=assessment)") ModuleSchema schema) {
        this(schema.dataSource());
    }

    public AssessmentCounts(DataSource db) {
        this.db = db;
    }

    public Map<String, Long> byTimeliness() {
        String next = "(SELECT MIN(b.submitted_at) FROM assessment.assessments b WHERE b.case_code = a.case_code "
                + "AND b.form_id = a.form_id AND b.status = 'submitted' AND b.submitted_at > a.submitted_at)";
        return Sql.query(db, "SELECT t, COUNT(*) FROM (SELECT CASE "
                + "WHEN n.next_at IS NULL AND n.due_on >= CURRENT_DATE THEN 'not-yet-due' "
                + "WHEN n.next_at IS NULL THEN 'overdue' "
                + "WHEN CAST(n.next_at AS DATE) <= n.due_on THEN 'on-time' ELSE 'late' END AS t "
                + "FROM (SELECT a.due_on, " + next + " AS next_at FROM assessment.assessments a "
                + "WHERE a.status = 'submitted' AND a.due_on IS NOT NULL) n) x GROUP BY t", ps -> { }, rs -> {
                    Map<String, Long> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                    return out;
                });
    }
}
