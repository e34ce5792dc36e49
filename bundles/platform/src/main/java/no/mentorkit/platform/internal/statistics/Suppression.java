package no.mentorkit.platform.internal.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.mentorkit.platform.statistics.StatisticsTable;

/**
 * Small-cell suppression of one table. A count from 1 to {@code threshold - 1} is withheld (primary). Once any cell
 * is withheld, so is the total, and when only one cell is withheld the next-smallest non-zero cell is withheld too
 * (secondary): the same records are counted in other tables, whose totals would otherwise give the one cell away by
 * subtraction. Zeros are shown: "none" discloses nobody.
 */
public final class Suppression {

    /** A cell as published: {@code count} is null when {@code suppressed}. */
    public record Cell(String code, Long count, boolean suppressed) {
    }

    /** A table as published: {@code total} is null when {@code totalSuppressed}. */
    public record Table(String module, String id, String dimension, Long total, boolean totalSuppressed,
            List<Cell> cells) {
    }

    private Suppression() {
    }

    public static Table apply(String module, StatisticsTable table, int threshold) {
        List<StatisticsTable.Cell> cells = table.cells();
        boolean[] withheld = new boolean[cells.size()];
        int primary = 0;
        for (int i = 0; i < cells.size(); i++) {
            long n = cells.get(i).count();
            if (n > 0 && n < threshold) {
                withheld[i] = true;
                primary++;
            }
        }
        if (primary == 1) {
            secondSmallest(cells, withheld);
        }
        long total = cells.stream().mapToLong(StatisticsTable.Cell::count).sum();
        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            StatisticsTable.Cell c = cells.get(i);
            out.add(new Cell(c.code(), withheld[i] ? null : c.count(), withheld[i]));
        }
        boolean hideTotal = primary > 0;
        return new Table(module, table.id(), table.dimension(), hideTotal ? null : total, hideTotal, out);
    }

    /** Withholds the smallest shown non-zero cell, if there is one. */
    private static void secondSmallest(List<StatisticsTable.Cell> cells, boolean[] withheld) {
        Integer pick = null;
        Comparator<Integer> bySize = Comparator.comparingLong(i -> cells.get(i).count());
        for (int i = 0; i < cells.size(); i++) {
            if (!withheld[i] && cells.get(i).count() > 0 && (pick == null || bySize.compare(i, pick) < 0)) {
                pick = i;
            }
        }
        if (pick != null) {
            withheld[pick] = true;
        }
    }
}
