package no.mentorkit.assessment.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.assessment.internal.store.AssessmentCounts;
import no.mentorkit.platform.statistics.StatisticsSource;
import no.mentorkit.platform.statistics.StatisticsTable;

/** The assessment module's statistics: reassessments by whether they came by their due date. Codes only. */
@Component
public class AssessmentStatistics implements StatisticsSource {

    static final List<String> TIMELINESS = List.of("on-time", "late", "overdue", "not-yet-due");

    private final AssessmentCounts counts;

    @Activate
    public AssessmentStatistics(@Reference AssessmentCounts counts) {
        this.counts = counts;
    }

    @Override
    public String module() {
        return "assessment";
    }

    @Override
    public List<StatisticsTable> tables() {
        Map<String, Long> all = new LinkedHashMap<>();
        TIMELINESS.forEach(code -> all.put(code, 0L));
        all.putAll(counts.byTimeliness());
        return List.of(new StatisticsTable("assessments-by-timeliness", "timeliness", all.entrySet().stream()
                .map(e -> new StatisticsTable.Cell(e.getKey(), e.getValue())).toList()));
    }
}
