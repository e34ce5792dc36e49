package no.mentorkit.registry.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.platform.statistics.StatisticsSource;
import no.mentorkit.platform.statistics.StatisticsTable;
import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.store.CourseCounts;
import no.mentorkit.registry.internal.store.MentorStore;

/**
 * The registry's statistics: courses by status, target group, level, network, start and end quarter and duration,
 * counted in the database; mentors by network, employment model and eligibility (the mentor bank is small, and
 * eligibility is decided by the same rules as everywhere else). Codes only, never a case code, name or id.
 * Closure reasons are free text, so they are not counted.
 */
@Component
public class RegistryStatistics implements StatisticsSource {

    /** Duration bands of closed courses, by whole months from start to closing: upper bound (exclusive), code. */
    static final Map<Integer, String> DURATIONS = bands();

    static final String NONE = "none";
    static final String ELIGIBLE = "eligible";

    private final CourseCounts courses;
    private final MentorStore mentors;
    private final RegistryService registry;

    @Activate
    public RegistryStatistics(@Reference CourseCounts courses, @Reference MentorStore mentors,
            @Reference RegistryService registry) {
        this.courses = courses;
        this.mentors = mentors;
        this.registry = registry;
    }

    @Override
    public String module() {
        return RegistryService.MODULE;
    }

    @Override
    public List<StatisticsTable> tables() {
        List<StatisticsTable> out = new ArrayList<>(courseTables(courses));
        out.addAll(mentorTables());
        return out;
    }

    /** The course tables: three grouping queries however many courses there are. */
    public static List<StatisticsTable> courseTables(CourseCounts courses) {
        List<CourseCounts.Kind> kinds = courses.byKind();
        List<CourseCounts.Span> spans = courses.closedSpans();
        return List.of(
                table("courses-by-status", "status", Codes.COURSE_STATUSES, sum(kinds, CourseCounts.Kind::status)),
                table("courses-by-target-group", "targetGroup", Codes.TARGET_GROUPS,
                        sum(kinds, CourseCounts.Kind::targetGroup)),
                table("courses-by-level", "level", Codes.LEVELS, sum(kinds, CourseCounts.Kind::level)),
                table("courses-by-network", "network", withNone(Codes.NETWORKS), sum(kinds, CourseCounts.Kind::network)),
                table("courses-by-start-quarter", "quarter", List.of(), quarters(courses.byStartMonth())),
                table("courses-by-end-quarter", "quarter", List.of(), quarters(endMonths(spans))),
                table("courses-by-duration", "duration", DURATIONS.values(), durations(spans)));
    }

    /** The counts of the groups summed by one of their codes. */
    static Map<String, Long> sum(List<CourseCounts.Kind> kinds, Function<CourseCounts.Kind, String> code) {
        Map<String, Long> out = new LinkedHashMap<>();
        kinds.forEach(k -> out.merge(code.apply(k), k.count(), Long::sum));
        return out;
    }

    private List<StatisticsTable> mentorTables() {
        Eligibility.Gates gates = registry.gatesToday();
        Map<String, Long> network = new LinkedHashMap<>();
        Map<String, Long> employment = new LinkedHashMap<>();
        Map<String, Long> eligibility = new LinkedHashMap<>();
        for (MentorFacts f : mentors.facts()) {
            network.merge(f.profile().network(), 1L, Long::sum);
            var e = f.profile().employment();
            employment.merge(e == null || e.model() == null ? NONE : e.model(), 1L, Long::sum);
            String failure = gates.firstFailure(f);
            eligibility.merge(failure == null ? ELIGIBLE : failure, 1L, Long::sum);
        }
        return List.of(
                table("mentors-by-network", "network", Codes.NETWORKS, network),
                table("mentors-by-employment", "employment", withNone(Codes.EMPLOYMENT_MODELS), employment),
                table("mentors-by-eligibility", "eligibility", List.of(ELIGIBLE, Eligibility.STATUS,
                        Eligibility.CERTIFICATE, Eligibility.TRAINING, Eligibility.SUPERVISION, Eligibility.CAPACITY,
                        Eligibility.CONFLICTS), eligibility));
    }

    /** Every known code in its order (zero when none), then any other code found, so tables keep their shape. */
    static StatisticsTable table(String id, String dimension, Collection<String> known, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        known.forEach(code -> all.put(code, 0L));
        counts.forEach((code, n) -> all.merge(code, n, Long::sum));
        return new StatisticsTable(id, dimension,
                all.entrySet().stream().map(e -> new StatisticsTable.Cell(e.getKey(), e.getValue())).toList());
    }

    /** Counts by month ({@code year * 12 + month - 1}) as counts by quarter ({@code 2026-Q1}), gaps as zero. */
    static Map<String, Long> quarters(Map<Integer, Long> byMonth) {
        TreeMap<Integer, Long> byQuarter = new TreeMap<>();
        byMonth.forEach((month, n) -> byQuarter.merge(Math.floorDiv(month, 3), n, Long::sum));
        Map<String, Long> out = new LinkedHashMap<>();
        if (!byQuarter.isEmpty()) {
            for (int q = byQuarter.firstKey(); q <= byQuarter.lastKey(); q++) {
                out.put(Math.floorDiv(q, 4) + "-Q" + (Math.floorMod(q, 4) + 1), byQuarter.getOrDefault(q, 0L));
            }
        }
        return out;
    }

    private static Map<Integer, Long> endMonths(List<CourseCounts.Span> spans) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        spans.forEach(s -> out.merge(s.endMonth(), s.count(), Long::sum));
        return out;
    }

    static Map<String, Long> durations(List<CourseCounts.Span> spans) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (CourseCounts.Span s : spans) {
            int months = s.endMonth() - s.startMonth();
            String band = DURATIONS.entrySet().stream().filter(b -> months < b.getKey()).findFirst().orElseThrow()
                    .getValue();
            out.merge(band, s.count(), Long::sum);
        }
        return out;
    }

    private static List<String> withNone(List<String> codes) {
        List<String> out = new ArrayList<>(codes);
        out.add(NONE);
        return out;
    }

    private static Map<Integer, String> bands() {
        Map<Integer, String> b = new LinkedHashMap<>();
        b.put(3, "months-0-2");
        b.put(6, "months-3-5");
        b.put(12, "months-6-11");
        b.put(24, "months-12-23");
        b.put(Integer.MAX_VALUE, "months-24-plus");
        return Collections.unmodifiableMap(b);
    }
}
