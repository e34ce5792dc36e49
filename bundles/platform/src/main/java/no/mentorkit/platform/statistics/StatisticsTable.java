package no.mentorkit.platform.statistics;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One table of counts: a stable id (e.g. {@code courses-by-status}), the dimension it is counted by (a code such as
 * {@code status}, which the module's UI labels) and a count per code of that dimension.
 */
@ProviderType
public record StatisticsTable(String id, String dimension, List<Cell> cells) {

    public StatisticsTable {
        cells = List.copyOf(cells);
    }

    /** How many records have the code. */
    @ProviderType
    public record Cell(String code, long count) {
    }
}
