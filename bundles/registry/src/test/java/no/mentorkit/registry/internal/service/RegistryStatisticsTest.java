package no.mentorkit.registry.internal.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.statistics.StatisticsTable;
import no.mentorkit.registry.internal.store.CourseCounts;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryStatisticsTest {

    private static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    @Test
    void monthsBecomeQuartersWithTheGapsBetweenThemAsZero() {
        Map<String, Long> q = RegistryStatistics.quarters(Map.of(month(2025, 11), 2L, month(2025, 12), 3L,
                month(2026, 7), 4L));
        assertThat(q).containsExactly(Map.entry("2025-Q4", 5L), Map.entry("2026-Q1", 0L), Map.entry("2026-Q2", 0L),
                Map.entry("2026-Q3", 4L));
    }

    @Test
    void durationsFallInTheirBandsByWholeMonths() {
        Map<String, Long> d = RegistryStatistics.durations(List.of(
                new CourseCounts.Span(month(2026, 1), month(2026, 3), 1),
                new CourseCounts.Span(month(2026, 1), month(2026, 4), 2),
                new CourseCounts.Span(month(2025, 1), month(2026, 1), 3),
                new CourseCounts.Span(month(2023, 1), month(2026, 1), 4)));
        assertThat(d).containsExactlyInAnyOrderEntriesOf(Map.of("months-0-2", 1L, "months-3-5", 2L,
                "months-12-23", 3L, "months-24-plus", 4L));
    }

    @Test
    void everyKnownCodeHasACellAndUnknownCodesFollow() {
        StatisticsTable t = RegistryStatistics.table("t", "level", List.of("individual", "family", "system"),
                Map.of("system", 6L, "legacy", 2L));
        assertThat(t.cells()).containsExactly(new StatisticsTable.Cell("individual", 0),
                new StatisticsTable.Cell("family", 0), new StatisticsTable.Cell("system", 6),
                new StatisticsTable.Cell("legacy", 2));
    }

    @Test
    void groupsAreSummedByEachOfTheirCodes() {
        List<CourseCounts.Kind> kinds = List.of(new CourseCounts.Kind("active", "at-risk", "family", "nord", 3),
                new CourseCounts.Kind("closed", "at-risk", "system", "none", 4),
                new CourseCounts.Kind("active", "relatives", "system", "nord", 5));
        assertThat(RegistryStatistics.sum(kinds, CourseCounts.Kind::status))
                .containsExactlyInAnyOrderEntriesOf(Map.of("active", 8L, "closed", 4L));
        assertThat(RegistryStatistics.sum(kinds, CourseCounts.Kind::level))
                .containsExactlyInAnyOrderEntriesOf(Map.of("family", 3L, "system", 9L));
        assertThat(RegistryStatistics.sum(kinds, CourseCounts.Kind::network))
                .containsExactlyInAnyOrderEntriesOf(Map.of("nord", 8L, "none", 4L));
    }
}
