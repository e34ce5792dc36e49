package no.mentorkit.benchmarks.forms;

import java.nio.charset.StandardCharsets;

/** Builds a fictional form definition of a given size: rating items in sections of 25, every fifth conditional. */
public final class LargeForm {

    private LargeForm() {
    }

    public static byte[] json(String id, String version, int items) {
        StringBuilder sb = new StringBuilder(items * 400);
        sb.append("{\"id\":\"").append(id).append("\",\"version\":\"").append(version)
                .append("\",\"kind\":\"assessment\",\"title\":").append(text("Stort skjema", "Stort skjema", "Large form"))
                .append(",\"scales\":[{\"id\":\"lmh\",\"levels\":[")
                .append("{\"value\":\"low\",\"label\":").append(text("Lav", "Låg", "Low")).append("},")
                .append("{\"value\":\"moderate\",\"label\":").append(text("Moderat", "Moderat", "Moderate")).append("},")
                .append("{\"value\":\"high\",\"label\":").append(text("Høy", "Høg", "High")).append("}]}],\"sections\":[");
        int sections = (items + 24) / 25;
        int n = 0;
        for (int s = 0; s < sections; s++) {
            if (s > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"s").append(s).append("\",\"title\":").append(text("Del " + s, "Del " + s, "Part " + s))
                    .append(",\"items\":[");
            for (int i = 0; i < 25 && n < items; i++, n++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"id\":\"i").append(n).append("\",\"type\":\"rating\",\"scale\":\"lmh\",\"required\":true,")
                        .append("\"allowUnknown\":true,\"evidence\":true,\"label\":")
                        .append(text("Punkt " + n, "Punkt " + n, "Item " + n))
                        .append(",\"help\":").append(text("Hjelp til punkt " + n, "Hjelp til punkt " + n, "Help " + n));
                if (n % 5 == 4) {
                    sb.append(",\"visibleWhen\":{\"any\":[{\"item\":\"i").append(n - 1)
                            .append("\",\"in\":[\"moderate\",\"high\"]},{\"item\":\"i").append(n - 2)
                            .append("\",\"answered\":true}]}");
                }
                sb.append('}');
            }
            sb.append("]}");
        }
        sb.append("]}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String nb, String nn, String en) {
        return "{\"nb\":\"" + nb + "\",\"nn\":\"" + nn + "\",\"en\":\"" + en + "\"}";
    }
}
