package no.mentorkit.itests.container;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.security.UserDirectory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Fictional users, mentors and courses for the registry's container tests (shared by composition). */
final class RegistryFixture {

    static final String PASSWORD = "fictional-walrus-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Http anonymous;
    final Http admin;
    final UserDirectory users;

    RegistryFixture(BundleContext context) {
        users = Services.await(context, UserDirectory.class, Duration.ofSeconds(60));
        anonymous = new Http(MentorkitContainer.baseUrl());
        assertTrue("Mentorkit answers /api/health", anonymous.awaitOk("/api/health", Duration.ofSeconds(60)));
        admin = anonymous.basic("admin", MentorkitContainer.ADMIN_PASSWORD);
        assertTrue("the registry API is up", awaitStatus(admin, "/api/registry/mentors", 200));
    }

    /** Polls until the path answers with the status (e.g. 200 once a feature is up, 404 once it is gone). */
    static boolean awaitStatus(Http http, String path, int status) {
        return Http.await(() -> http.get(path).status() == status, Duration.ofSeconds(60));
    }

    /** Creates a user with the role and returns its user name. */
    String user(String role) {
        String name = role.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer a = admin.post("/api/users", Http.json("username", name, "displayName", "Fictional " + role,
                "roles", List.of(role), "password", PASSWORD));
        assertEquals(a.toString(), 201, a.status());
        return name;
    }

    long userId(String username) {
        return users.byUsername(username).orElseThrow().userId();
    }

    Http as(String username) {
        return anonymous.basic(username, PASSWORD);
    }

    /** A valid, eligible-once-supervised profile, linked to the users given (or not, when null). */
    static Map<String, Object> profile(String name, Long userId, Long supervisorUserId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name + " (fiktiv)");
        p.put("email", "fiktiv@example.org");
        p.put("organisation", "Kommunen (fiktiv)");
        p.put("organisationType", "municipality");
        p.put("employment", Map.of("model", "municipal-hours", "hoursPerWeek", 6));
        p.put("municipality", "Bergen");
        p.put("county", "Vestland");
        p.put("network", "vest");
        p.put("birthYear", 1980);
        p.put("gender", "male");
        p.put("languages", List.of(Map.of("code", "nb", "level", "native"), Map.of("code", "ar", "level", "fluent")));
        p.put("background", "Fiktiv bakgrunn");
        p.put("belonging", "Fiktiv tilhørighet");
        p.put("interests", List.of("football"));
        p.put("competences", List.of("returnees", "family-work"));
        p.put("training", Map.of("cohort", "2022-12", "completed", true, "certifiedOn", "2022-12-09"));
        p.put("capacity", 3);
        p.put("status", "active");
        p.put("policeCertificate", Map.of("type", "uttømmende politiattest",
                "issuedOn", LocalDate.now().minusMonths(6).toString(), "seenBy", "Koordinator (fiktiv)"));
        if (userId != null) {
            p.put("userId", userId);
        }
        if (supervisorUserId != null) {
            p.put("supervisorUserId", supervisorUserId);
        }
        return p;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a mentor as the coordinator, with a supervision session today so they are eligible. */
    long mentor(Http coordinator, String name, Long userId, Long supervisorUserId) {
        Http.Answer created = coordinator.post("/api/registry/mentors", json(profile(name, userId, supervisorUserId)));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        Http.Answer sup = coordinator.post("/api/registry/mentors/" + id + "/supervision", Http.json("date",
                LocalDate.now().toString(), "supervisor", "Veileder (fiktiv)", "form", "group", "topics", "Dilemma"));
        assertEquals(sup.toString(), 201, sup.status());
        return id;
    }

    static Map<String, Object> need(String caseCode) {
        Map<String, Object> need = new LinkedHashMap<>();
        need.put("caseCode", caseCode);
        need.put("targetGroup", "returned-fighter");
        need.put("level", "family");
        need.put("languages", List.of("ar"));
        need.put("interests", List.of("football"));
        need.put("municipality", "Bergen");
        return need;
    }

    /** Opens a course for the mentor through match confirmation and activates it. */
    JsonNode course(Http coordinator, String caseCode, long mentorId) {
        Http.Answer confirmed = coordinator.post("/api/registry/match/confirm",
                json(Map.of("need", need(caseCode), "mentorId", mentorId)));
        assertEquals(confirmed.toString(), 201, confirmed.status());
        assertEquals("matching", confirmed.json().path("status").asText());
        Http.Answer active = coordinator.post("/api/registry/courses/" + caseCode + "/status",
                Http.json("version", confirmed.json().path("version").asInt(), "status", "active"));
        assertEquals(active.toString(), 200, active.status());
        return active.json();
    }

    private static final AtomicInteger SERIAL =
            new AtomicInteger(1000 + (int) (System.nanoTime() % 4000));

    static String caseCode() {
        return "ITS-2026-" + SERIAL.incrementAndGet();
    }

    long audited(String query) {
        return admin.get("/api/audit?module=registry&" + query).json().path("total").asLong();
    }
}
