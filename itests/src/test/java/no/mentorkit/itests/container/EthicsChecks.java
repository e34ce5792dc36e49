package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.itests.support.Checklists;
import no.mentorkit.itests.support.Http;

/** Shared by the ethics ITs (by composition: Pax Exam mixes up inherited test methods). */
final class EthicsChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Users and the health wait come from the assessment checks, which need no registry either. */
    private final AssessmentChecks users;
    final Http anonymous;
    final Http admin;

    EthicsChecks() {
        users = new AssessmentChecks();
        anonymous = users.anonymous;
        admin = users.admin;
        // The REST application is republished as module resources arrive: wait for the ethics API.
        assertTrue("the ethics API is up", RegistryFixture.awaitStatus(admin, "/api/ethics/requirements", 200));
    }

    /** The distribution's shipped default (course-start required), which other modules' tests switch off. */
    static Option shippedRequirements() {
        return KarafDistributionOption.editConfigurationFilePut("etc/no.mentorkit.ethics.cfg", "requiredOnFirstStart",
                "course-start");
    }

    /** Creates a user with the role and returns a client signed in as that user. */
    Http user(String role) {
        return users.user(role);
    }

    /** Polls until the checklist version is listed with the status, or fails after 30 s. */
    JsonNode awaitChecklist(String id, String version, String status) {
        return AssessmentChecks.await("checklist " + id + " " + version + " " + status, () -> find(
                admin.get("/api/ethics/checklists").json(), f -> f.path("id").asText().equals(id)
                        && f.path("version").asText().equals(version) && f.path("status").asText().equals(status)));
    }

    static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        return AssessmentChecks.find(array, test);
    }

    /** Starts a completion; returns its view. */
    static JsonNode start(Http client, String subject, String checklistId) {
        Http.Answer a = client.post("/api/ethics/completions", Http.json("subject", subject, "checklistId",
                checklistId));
        assertEquals(a.toString(), 201, a.status());
        return a.json();
    }

    /** Signs a completion with every item answered; returns the signed view. */
    static JsonNode sign(Http client, JsonNode completion) {
        Http.Answer a = client.post("/api/ethics/completions/" + completion.path("summary").path("id").asLong()
                + "/sign", json(Map.of("version", completion.path("summary").path("version").asInt(), "answers",
                        Checklists.answers(completion.path("form")))));
        assertEquals(a.toString(), 200, a.status());
        assertEquals("signed", a.json().path("summary").path("status").asText());
        return a.json();
    }

    static Http.Answer countersign(Http client, JsonNode completion) {
        return client.post("/api/ethics/completions/" + completion.path("summary").path("id").asLong()
                + "/countersign", Http.json("version", completion.path("summary").path("version").asInt()));
    }

    static String disclosure(String caseCode, String basis, String basisText) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseCode", caseCode);
        d.put("disclosedAt", LocalDate.now().minusDays(1).toString());
        d.put("recipient", "Barnevernstjenesten i Fiktiv kommune");
        d.put("what", "At personen har mentor og er i kontakt med tjenesten (fiktivt)");
        d.put("legalBasis", basis);
        if (basisText != null) {
            d.put("legalBasisText", basisText);
        }
        d.put("decidedBy", "Koordinator (fiktiv)");
        return json(d);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Http.Answer a, int status) {
        AssessmentChecks.assertProblem(a, status);
    }

    /** Audit entries of the ethics module matching the query. */
    long audited(String query) {
        return admin.get("/api/audit?module=ethics&" + query).json().path("total").asLong();
    }
}
