package no.mentorkit.itests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opens a fictional course of mentoring in the registry for browser tests of other modules: an eligible mentor
 * profile linked to a login, a supervision session, and a confirmed match (the course then is in matching).
 */
public final class FictionalCourse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FictionalCourse() {
    }

    public static void open(Http admin, String mentorName, long mentorUserId, String caseCode) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", mentorName + " (fiktiv)");
        profile.put("organisation", "Kommunen (fiktiv)");
        profile.put("organisationType", "municipality");
        profile.put("employment", Map.of("model", "municipal-hours", "hoursPerWeek", 6));
        profile.put("municipality", "Bergen");
        profile.put("network", "vest");
        profile.put("birthYear", 1980);
        profile.put("gender", "female");
        profile.put("languages", List.of(Map.of("code", "nb", "level", "native")));
        profile.put("training", Map.of("cohort", "2022-12", "completed", true, "certifiedOn", "2022-12-09"));
        profile.put("capacity", 3);
        profile.put("status", "active");
        profile.put("policeCertificate", Map.of("type", "uttømmende politiattest",
                "issuedOn", LocalDate.now().minusMonths(6).toString(), "seenBy", "Koordinator (fiktiv)"));
        profile.put("userId", mentorUserId);
        Http.Answer mentor = admin.post("/api/registry/mentors", json(profile));
        assertEquals(201, mentor.status(), mentor.toString());
        long mentorId = mentor.json().path("id").asLong();
        assertEquals(201, admin.post("/api/registry/mentors/" + mentorId + "/supervision",
                Http.json("date", LocalDate.now().toString(), "supervisor", "Veileder (fiktiv)", "form", "group",
                        "topics", "Oppstart")).status());
        Map<String, Object> need = Map.of("caseCode", caseCode, "targetGroup", "at-risk", "level", "individual",
                "municipality", "Bergen");
        Http.Answer course = admin.post("/api/registry/match/confirm", json(Map.of("need", need, "mentorId", mentorId)));
        assertEquals(201, course.status(), course.toString());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
