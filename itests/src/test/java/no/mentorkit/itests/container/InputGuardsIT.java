package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import no.mentorkit.itests.support.Http;

/**
 * Input every module shares through the platform (issue 16, items 9-11, 16, 18): text without NUL or lone
 * surrogates, no fødselsnummer in any free-text field however it is written, dates in a sane range, strong
 * passwords, and no anonymous service description.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InputGuardsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ways the same (fictional) number was written past the old guard. */
    private static final List<String> NATIONAL_ID_VARIANTS = List.of("01 01 90 12345", "010190/12345",
            "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15", "0101\u200B90\u200D12345",
            "01.01.90 123\u00AD45");

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    private RegistryFixture fx;
    private Http coordinator;

    @Before
    public void connect() {
        fx = new RegistryFixture(context);
        coordinator = fx.as(fx.user("coordinator"));
    }

    @Test
    public void serviceDescriptionIsNotServed() {
        for (String path : List.of("/api/?_wadl", "/api/registry/mentors?_wadl", "/api/health?_wadl", "/api/?%5Fwadl",
                "/api/?_schema=x")) {
            Http.Answer a = fx.anonymous.get(path);
            assertEquals(path + " " + a, 404, a.status());
            assertTrue(a.toString(), a.header("Content-Type").startsWith("application/problem+json"));
            assertTrue(a.body(), !a.body().contains("wadl.dev.java.net") && !a.body().contains("resource path"));
        }
    }

    @Test
    public void nulAndLoneSurrogatesAreRefusedNamingTheField() {
        Http.Answer nul = fx.admin.post("/api/users", "{\"username\":\"nul-check\",\"displayName\":\"Fiktiv\\u0000\","
                + "\"roles\":[\"mentor\"],\"password\":\"" + RegistryFixture.PASSWORD + "\"}");
        assertInvalid(nul, "displayName");
        long mentor = fx.mentor(coordinator, "Surrogat", null, null);
        for (String bad : List.of("\\ud800", "x\\udc00y", "\\udbff")) {
            Http.Answer a = coordinator.post("/api/registry/mentors/" + mentor + "/supervision", "{\"date\":\""
                    + LocalDate.now() + "\",\"supervisor\":\"Veileder\",\"form\":\"group\",\"topics\":\"" + bad + "\"}");
            assertInvalid(a, "topics");
        }
        Http.Answer nested = coordinator.post("/api/registry/mentors/" + mentor + "/supervision", "{\"date\":\""
                + LocalDate.now() + "\",\"supervisor\":\"Veileder\",\"form\":\"group\",\"topics\":\"Dilemma\"}");
        assertEquals(nested.toString(), 201, nested.status());
    }

    @Test
    public void nationalIdIsRefusedInEveryTextFieldOfEveryModuleHoweverWritten() throws Exception {
        String mentorName = fx.user("mentor");
        long mentor = fx.mentor(coordinator, "Fnr", fx.userId(mentorName), null);
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, mentor);
        Http asMentor = fx.as(mentorName);

        walk(coordinator, "/api/registry/mentors", (ObjectNode) JSON.valueToTree(RegistryFixture.profile("Fnr", null,
                null)));
        walk(coordinator, "/api/registry/mentors/" + mentor + "/supervision", (ObjectNode) JSON.readTree(Http.json(
                "date", LocalDate.now().toString(), "supervisor", "Veileder (fiktiv)", "form", "group", "topics",
                "Dilemma")));
        walk(asMentor, "/api/registry/courses/" + code + "/sessions", (ObjectNode) JSON.readTree(Http.json("date",
                LocalDate.now().toString(), "minutes", 60, "kind", "meeting", "notes", "Samtale (fiktiv)",
                "followUps", "Neste uke")));
        walk(asMentor, "/api/ethics/disclosures", (ObjectNode) JSON.readTree(EthicsChecks.disclosure(code,
                "fvl13-exception", "§13 b første ledd nr. 7 (fiktivt)")));

        Http.Answer form = fx.admin.post("/api/forms?publish=true&name=it-guards.form.json",
                AssessmentChecks.form("it-guards", "1.0.0", "Guards"));
        assertTrue(form.toString(), form.status() / 100 == 2);
        JsonNode assessment = AssessmentChecks.await("an assessment of " + code, () -> {
            Http.Answer a = asMentor.post("/api/assessment/assessments", Http.json("caseCode", code, "formId",
                    "it-guards"));
            return a.status() == 201 ? a.json() : null;
        });
        String submit = """
                {"version":%d,
                 "answers":{"concern":{"value":true},"kind":{"value":"other"},"describe":{"value":"Fiktiv merknad"},
                            "level":{"value":"low","evidence":"Fiktiv observasjon"}},
                 "judgement":{"level":"low","formulation":"Fiktive grunner for vurderingen."}}
                """.formatted(assessment.path("version").asInt());
        walk(asMentor, "/api/assessment/assessments/" + assessment.path("id").asLong() + "/submit",
                (ObjectNode) JSON.readTree(submit));
    }

    @Test
    public void datesOutsideASaneRangeAreRefusedNamingTheField() {
        long mentor = fx.mentor(coordinator, "Dato", null, null);
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31")) {
            Http.Answer sup = coordinator.post("/api/registry/mentors/" + mentor + "/supervision", Http.json("date",
                    date, "supervisor", "Veileder (fiktiv)", "form", "group", "topics", "Dilemma"));
            assertInvalid(sup, "date");
        }
        Map<String, Object> profile = RegistryFixture.profile("Dato", null, null);
        profile.put("policeCertificate", Map.of("type", "uttømmende politiattest", "issuedOn", "+999999999-12-31",
                "seenBy", "Koordinator (fiktiv)"));
        assertInvalid(coordinator.post("/api/registry/mentors", RegistryFixture.json(profile)),
                "policeCertificate.issuedOn");

        String mentorName = fx.user("mentor");
        long linked = fx.mentor(coordinator, "Dato B", fx.userId(mentorName), null);
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, linked);
        Http asMentor = fx.as(mentorName);
        for (String date : List.of("-999999999-01-01", "1066-10-14")) {
            String body = EthicsChecks.disclosure(code, "fvl13-exception", "§13 b (fiktivt)")
                    .replace(LocalDate.now().minusDays(1).toString(), date);
            assertInvalid(asMentor.post("/api/ethics/disclosures", body), "disclosedAt");
            assertInvalid(asMentor.post("/api/registry/courses/" + code + "/sessions", Http.json("date", date,
                    "minutes", 60, "kind", "meeting", "notes", "Samtale (fiktiv)")), "date");
        }
    }

    @Test
    public void weakPasswordsAreRefusedForNewUsersResetsAndOwnChanges() {
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "qwertyuiop12", "Admin1234567")) {
            Http.Answer created = fx.admin.post("/api/users", Http.json("username", "weak-" + weak.length(),
                    "displayName", "Fictional weak", "roles", List.of("mentor"), "password", weak));
            assertInvalid(created, "password");
        }
        String name = fx.user("mentor");
        assertInvalid(fx.admin.post("/api/users/" + name + "/password", Http.json("password", "password1234")),
                "password");
        Http.Answer own = fx.as(name).post("/api/session/password", Http.json("currentPassword",
                RegistryFixture.PASSWORD, "newPassword", "aaaaaaaaaaaa"));
        assertInvalid(own, "newPassword");
        assertEquals(200, fx.as(name).get("/api/session").status());
    }

    /** Puts each variant of a national id into each text field of the body in turn: every one is refused. */
    private static void walk(Http client, String path, ObjectNode body) {
        List<String> fields = new ArrayList<>();
        textFields(body, "", fields);
        assertTrue(path + " has text fields", !fields.isEmpty());
        int i = 0;
        for (String field : fields) {
            String variant = NATIONAL_ID_VARIANTS.get(i++ % NATIONAL_ID_VARIANTS.size());
            ObjectNode changed = body.deepCopy();
            replace(changed, field, "Merknad " + variant + " (fiktiv)");
            Http.Answer a = client.post(path, changed.toString());
            assertInvalid(a, field);
            assertTrue(a.body(), a.body().contains("national identity number"));
        }
    }

    private static void textFields(JsonNode node, String at, List<String> into) {
        if (node.isTextual()) {
            into.add(at);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> textFields(e.getValue(), at.isEmpty() ? e.getKey()
                    : at + "." + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textFields(node.get(i), at + "[" + i + "]", into);
            }
        }
    }

    private static void replace(JsonNode root, String field, String text) {
        JsonNode parent = root;
        String[] steps = field.split("\\.");
        for (int s = 0; s < steps.length; s++) {
            String step = steps[s];
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            boolean last = s == steps.length - 1;
            if (bracket < 0) {
                if (last) {
                    ((ObjectNode) parent).set(key, TextNode.valueOf(text));
                } else {
                    parent = parent.get(key);
                }
            } else {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                ArrayNode array = (ArrayNode) parent.get(key);
                if (last) {
                    array.set(index, TextNode.valueOf(text));
                } else {
                    parent = array.get(index);
                }
            }
        }
    }

    private static void assertInvalid(Http.Answer a, String field) {
        assertEquals(field + ": " + a, 400, a.status());
        assertTrue(a.toString(), a.header("Content-Type").startsWith("application/problem+json"));
        List<String> named = new ArrayList<>();
        a.json().path("errors").forEach(e -> named.add(e.path("field").asText()));
        assertTrue(field + " named in " + a.body(), named.contains(field));
    }
}
