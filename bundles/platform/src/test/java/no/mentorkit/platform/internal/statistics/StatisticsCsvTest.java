package no.mentorkit.platform.internal.statistics;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.statistics.StatisticsTable;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCsvTest {

    @Test
    void aLinePerCellAndTotalWithWithheldCountsEmpty() {
        StatisticsTable table = new StatisticsTable("courses-by-level", "level", List.of(
                new StatisticsTable.Cell("individual", 10), new StatisticsTable.Cell("family", 2),
                new StatisticsTable.Cell("system", 6)));
        String csv = StatisticsCsv.write(new StatisticsService.Report(Instant.EPOCH, 5,
                List.of(Suppression.apply("registry", table, 5))));
        assertThat(csv.split("\r\n")).containsExactly(
                "module,table,dimension,row,code,count,suppressed",
                "registry,courses-by-level,level,cell,individual,10,false",
                "registry,courses-by-level,level,cell,family,,true",
                "registry,courses-by-level,level,cell,system,,true",
                "registry,courses-by-level,level,total,,,true");
    }

    @Test
    void aCodeThatLooksLikeAFormulaOrHoldsACommaIsDefused() {
        StatisticsTable table = new StatisticsTable("t", "d", List.of(new StatisticsTable.Cell("=1+1,x", 7)));
        String csv = StatisticsCsv.write(new StatisticsService.Report(Instant.EPOCH, 5,
                List.of(Suppression.apply("m", table, 5))));
        assertThat(csv).contains("m,t,d,cell,\"'=1+1,x\",7,false");
    }
}
