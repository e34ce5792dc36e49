package no.mentorkit.platform.internal.statistics;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as CSV (RFC 4180): a line per cell and one for each table's total; a withheld count is empty with
 * {@code suppressed} true. Codes only, as in the JSON.
 */
final class StatisticsCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final String HEADER = "module,table,dimension,row,code,count,suppressed";

    private StatisticsCsv() {
    }

    static String write(StatisticsService.Report report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Suppression.Table t : report.tables()) {
            for (Suppression.Cell c : t.cells()) {
                line(out, t, "cell", c.code(), c.count(), c.suppressed());
            }
            line(out, t, "total", "", t.total(), t.totalSuppressed());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Suppression.Table t, String row, String code, Long count,
            boolean suppressed) {
        out.append(Stream.of(t.module(), t.id(), t.dimension(), row, code, count == null ? "" : count.toString(),
                String.valueOf(suppressed)).map(StatisticsCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes a field holding a comma, quote or line break; a leading formula character is defused. */
    private static String field(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
