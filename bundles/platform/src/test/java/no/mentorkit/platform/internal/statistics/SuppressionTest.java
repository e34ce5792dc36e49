package no.mentorkit.platform.internal.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.statistics.StatisticsTable;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    private static Suppression.Table apply(long... counts) {
        List<StatisticsTable.Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(new StatisticsTable.Cell("c" + i, counts[i]));
        }
        return Suppression.apply("m", new StatisticsTable("t", "d", cells), 5);
    }

    private static List<Long> counts(Suppression.Table t) {
        return t.cells().stream().map(Suppression.Cell::count).toList();
    }

    @Test
    void noSmallCellShowsEverythingAndTheTotal() {
        Suppression.Table t = apply(12, 5, 0, 30);
        assertThat(counts(t)).containsExactly(12L, 5L, 0L, 30L);
        assertThat(t.cells()).noneMatch(Suppression.Cell::suppressed);
        assertThat(t.total()).isEqualTo(47L);
        assertThat(t.totalSuppressed()).isFalse();
    }

    @Test
    void oneSmallCellTakesTheTotalAndTheNextSmallestWithIt() {
        Suppression.Table t = apply(20, 3, 7, 0, 9);
        assertThat(counts(t)).containsExactly(20L, null, null, 0L, 9L);
        assertThat(t.cells().stream().map(Suppression.Cell::suppressed)).containsExactly(false, true, true, false,
                false);
        assertThat(t.total()).isNull();
        assertThat(t.totalSuppressed()).isTrue();
    }

    @Test
    void twoSmallCellsHideEachOtherAndTheTotalButNothingMore() {
        Suppression.Table t = apply(1, 4, 8, 50);
        assertThat(counts(t)).containsExactly(null, null, 8L, 50L);
        assertThat(t.totalSuppressed()).isTrue();
    }

    @Test
    void zerosAreShownAndNeverPickedAsTheSecondCell() {
        Suppression.Table t = apply(0, 2, 0, 6);
        assertThat(counts(t)).containsExactly(0L, null, 0L, null);
        assertThat(t.total()).isNull();
    }

    @Test
    void aLoneSmallCellIsStillWithheldWithItsTotal() {
        Suppression.Table t = apply(0, 4, 0);
        assertThat(counts(t)).containsExactly(0L, null, 0L);
        assertThat(t.total()).isNull();
    }

    @Test
    void theThresholdItselfIsShown() {
        Suppression.Table t = apply(5, 5);
        assertThat(counts(t)).containsExactly(5L, 5L);
        assertThat(t.total()).isEqualTo(10L);
    }
}
