package no.mentorkit.itests.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Filling in ethics checklists in tests. */
public final class Checklists {

    private Checklists() {
    }

    /** Every answerable item answered (yes, or a choice's first option), each with a fictional comment. */
    public static Map<String, Object> answers(JsonNode form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (JsonNode section : form.path("sections")) {
            for (JsonNode item : section.path("items")) {
                String type = item.path("type").asText();
                if (type.equals("display")) {
                    continue;
                }
                Object value = type.equals("single") ? item.path("options").get(0).path("value").asText() : true;
                answers.put(item.path("id").asText(), Map.of("value", value, "comment", "Fiktiv kommentar"));
            }
        }
        return answers;
    }
}
