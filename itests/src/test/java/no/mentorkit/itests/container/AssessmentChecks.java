package no.mentorkit.itests.container;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Shared by the assessment ITs (by composition: Pax Exam mixes up inherited test methods). */
final class AssessmentChecks {

    static final String PASSWORD = "fictional-walrus-password-1";

    final Http anonymous;
    final Http admin;

    AssessmentChecks() {
        anonymous = new Http(MentorkitContainer.baseUrl());
        assertTrue("Mentorkit answers /api/health", anonymous.awaitOk("/api/health", Duration.ofSeconds(60)));
        admin = anonymous.basic("admin", MentorkitContainer.ADMIN_PASSWORD);
    }

    /** Creates a user with the role and returns a client signed in as that user. */
    Http user(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer a = admin.post("/api/users", Http.json("username", name, "displayName", "Fictional " + role,
                "roles", List.of(role), "password", PASSWORD));
        assertEquals(a.toString(), 201, a.status());
        return anonymous.basic(name, PASSWORD);
    }

    static String username(Http client) {
        return client.get("/api/session").json().path("username").asText();
    }

    /** A small fictional form with a conditional chain: concern=yes shows kind; kind=other shows describe. */
    static String form(String id, String version, String titleEn) {
        return """
                {"id":"%s","version":"%s","kind":"assessment",
                 "title":{"nb":"Testskjema (fiktivt)","nn":"Testskjema (fiktivt)","en":"%s"},
                 "reassessEvery":"P1M",
                 "scales":[{"id":"lmh","levels":[
                   {"value":"low","label":{"nb":"Lav","nn":"Låg","en":"Low"}},
                   {"value":"high","label":{"nb":"Høy","nn":"Høg","en":"High"}}]}],
                 "sections":[{"id":"s1","title":{"nb":"Del 1","nn":"Del 1","en":"Part 1"},"items":[
                   {"id":"concern","type":"yesno","required":true,"label":{"nb":"Bekymring?","nn":"Uro?","en":"Concern?"}},
                   {"id":"kind","type":"single","required":true,"label":{"nb":"Hva slags?","nn":"Kva slag?","en":"What kind?"},
                    "options":[{"value":"online","label":{"nb":"Nett","nn":"Nett","en":"Online"}},
                               {"value":"other","label":{"nb":"Annet","nn":"Anna","en":"Other"}}],
                    "visibleWhen":{"all":[{"item":"concern","equals":true}]}},
                   {"id":"describe","type":"text","required":true,"label":{"nb":"Beskriv","nn":"Skildra","en":"Describe"},
                    "visibleWhen":{"any":[{"item":"kind","equals":"other"}]}},
                   {"id":"level","type":"rating","scale":"lmh","required":true,"allowUnknown":true,
                    "label":{"nb":"Nivå","nn":"Nivå","en":"Level"}}]}],
                 "judgement":{"levels":[{"value":"low","label":{"nb":"Lav","nn":"Låg","en":"Low"}},
                                        {"value":"high","label":{"nb":"Høy","nn":"Høg","en":"High"}}],
                              "formulationRequired":true}}
                """.formatted(id, version, titleEn);
    }

    /** Polls until a form version is listed by the API with the status, or fails after 20 s. */
    JsonNode awaitForm(Http client, String id, String version, String status) {
        return await("form " + id + " " + version + " " + status, () -> find(client.get("/api/assessment/forms").json(),
                f -> f.path("id").asText().equals(id) && f.path("version").asText().equals(version)
                        && f.path("status").asText().equals(status)));
    }

    JsonNode awaitDeployment(String file, String version, String outcome) {
        return await("deployment of " + file + " " + outcome, () -> find(admin.get("/api/forms/deployments")
                .json(), d -> d.path("file").asText().equals(file) && d.path("version").asText().equals(version)
                        && d.path("outcome").asText().equals(outcome)));
    }

    static JsonNode await(String what, Supplier<JsonNode> probe) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            JsonNode found = probe.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (test.test(n)) {
                return n;
            }
        }
        return null;
    }

    /** Creates an assessment; returns its JSON. */
    static JsonNode create(Http client, String caseCode, String formId) {
        Http.Answer a = client.post("/api/assessment/assessments", Http.json("caseCode", caseCode, "formId", formId));
        assertEquals(a.toString(), 201, a.status());
        return a.json();
    }

    /** Fills in and submits a sample-form assessment with the given level; returns the submitted JSON. */
    static JsonNode submit(Http client, JsonNode assessment, String level, boolean concern) {
        String body = """
                {"version":%d,
                 "answers":{"concern":{"value":%s},"kind":{"value":"other"},"describe":{"value":"Fictional note"},
                            "level":{"value":"%s","evidence":"Fictional observation"}},
                 "judgement":{"level":"%s","formulation":"Fictional reasons for the judgement."}}
                """.formatted(assessment.path("version").asInt(), concern, level, level);
        Http.Answer a = client.post("/api/assessment/assessments/" + assessment.path("id").asLong() + "/submit", body);
        assertEquals(a.toString(), 200, a.status());
        return a.json();
    }

    static void assertProblem(Http.Answer a, int status) {
        assertEquals(a.toString(), status, a.status());
        assertTrue(a.toString(), a.header("Content-Type").startsWith("application/problem+json"));
    }
}
