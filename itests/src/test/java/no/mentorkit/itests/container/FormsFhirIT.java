package no.mentorkit.itests.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import static no.mentorkit.itests.container.AssessmentChecks.assertProblem;
import static no.mentorkit.itests.container.AssessmentChecks.find;

/**
 * Forms as FHIR R4 Questionnaires in the running container: HAPI embedded in the forms bundle resolves and
 * parses, a shipped instrument exports and comes back in through upload, a Questionnaire Mentorkit cannot
 * represent is refused through the deploy folder with the FHIR path and reason while the version before it
 * keeps serving, and a submitted assessment and a signed course checklist go out as QuestionnaireResponses.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FormsFhirIT {

    private static final String FHIR = "application/fhir+json";

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-assessment", "mentorkit-ethics"));
    }

    private AssessmentChecks checks;
    private Http admin;
    private Path deploy;

    @Before
    public void connect() throws IOException {
        checks = new AssessmentChecks();
        admin = checks.admin;
        deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Files.createDirectories(deploy);
    }

    @Test
    public void aShippedInstrumentGoesOutAsAQuestionnaireAndComesBackIn() {
        checks.awaitForm(admin, "initial-screening", "1.0.0", "published");
        Http.Answer out = admin.get("/api/forms/initial-screening/1.0.0/fhir");
        assertEquals(out.toString(), 200, out.status());
        assertTrue(out.header("content-type"), out.header("content-type").startsWith(FHIR));
        JsonNode q = out.json();
        assertEquals("Questionnaire", q.path("resourceType").asText());
        assertEquals("1.0.0", q.path("version").asText());
        assertEquals("active", q.path("status").asText());
        assertEquals("nb", q.path("language").asText());
        assertNotNull("nn and en ride on the title", q.path("_title").path("extension").get(1));

        String copy = out.body().replaceFirst("\"id\": \"initial-screening\"", "\"id\": \"it-fhir-copy\"");
        Http.Answer in = admin.send("POST", "/api/forms?publish=true&name=it-fhir-copy", copy, FHIR);
        assertEquals(in.toString(), 201, in.status());
        assertEquals("it-fhir-copy.questionnaire.json", in.json().path("file").asText());
        JsonNode original = admin.get("/api/assessment/forms/initial-screening/1.0.0").json();
        JsonNode again = admin.get("/api/assessment/forms/it-fhir-copy/1.0.0").json();
        assertTrue(original.path("sections").size() > 0);
        assertEquals("the same sections and items", original.path("sections"), again.path("sections"));

        assertProblem(checks.user("mentor").get("/api/forms/initial-screening/1.0.0/fhir"), 403);
        assertProblem(admin.get("/api/forms/no-such-form/1.0.0/fhir"), 404);
    }

    @Test
    public void aQuestionnaireMentorkitCannotRepresentIsRefusedWithItsFhirPath() throws IOException {
        drop("it-fhir.questionnaire.json", questionnaire("1.0.0", "decimal"));
        checks.awaitForm(admin, "it-fhir", "1.0.0", "published");

        drop("it-fhir.questionnaire.json", questionnaire("1.1.0", "quantity"));
        JsonNode refused = checks.awaitDeployment("it-fhir.questionnaire.json", "1.1.0", "refused");
        JsonNode error = find(refused.path("errors"), e -> e.path("reason").asText().contains("quantity"));
        assertNotNull(refused.toString(), error);
        assertEquals("Questionnaire.item[0].item[1].type", error.path("path").asText());
        assertEquals("it-fhir.questionnaire.json", error.path("file").asText());
        checks.awaitForm(admin, "it-fhir", "1.0.0", "published");
    }

    @Test
    public void aSubmittedAssessmentGoesOutAsAQuestionnaireResponseToThoseWhoMayReadIt() {
        admin.post("/api/forms?publish=true&name=it-fhir-qr.form.json", AssessmentChecks.form("it-fhir-qr", "1.0.0",
                "QR"));
        Http author = checks.user("mentor");
        Http otherMentor = checks.user("mentor");
        JsonNode a = AssessmentChecks.create(author, "ITQ-2026-001", "it-fhir-qr");
        String path = "/api/assessment/assessments/" + a.path("id").asLong() + "/fhir";
        assertProblem(author.get(path), 409);
        AssessmentChecks.submit(author, a, "high", true);

        Http.Answer out = author.get(path);
        assertEquals(out.toString(), 200, out.status());
        assertTrue(out.header("content-type"), out.header("content-type").startsWith(FHIR));
        JsonNode r = out.json();
        assertEquals("QuestionnaireResponse", r.path("resourceType").asText());
        assertEquals("completed", r.path("status").asText());
        assertEquals("https://mentorkit.no/fhir/Questionnaire/it-fhir-qr|1.0.0", r.path("questionnaire").asText());
        assertEquals("ITQ-2026-001", r.path("subject").path("identifier").path("value").asText());
        assertTrue("no names: " + out.body(), !out.body().contains(AssessmentChecks.username(author))
                && !out.body().contains("Fictional mentor"));
        JsonNode level = find(r.path("item").get(0).path("item"), i -> i.path("linkId").asText().equals("level"));
        assertEquals("high", level.path("answer").get(0).path("valueCoding").path("code").asText());

        assertProblem(otherMentor.get(path), 404);
        String actions = admin.get("/api/audit?recordType=assessment&recordId=" + a.path("id").asLong()
                + "&limit=50").json().path("entries").toString();
        assertTrue(actions, actions.contains("\"fhir\"") && actions.contains("\"access.denied\""));
    }

    @Test
    public void aSignedCourseChecklistGoesOutAsAQuestionnaireResponseAndAMentorsOwnDoesNot() {
        Http mentor = checks.user("mentor");
        JsonNode draft = EthicsChecks.start(mentor, "course:ITE-2026-001", "course-start");
        String path = "/api/ethics/completions/" + draft.path("summary").path("id").asLong() + "/fhir";
        assertProblem(mentor.get(path), 409);
        EthicsChecks.sign(mentor, draft);

        Http.Answer out = mentor.get(path);
        assertEquals(out.toString(), 200, out.status());
        JsonNode r = out.json();
        assertEquals("QuestionnaireResponse", r.path("resourceType").asText());
        assertEquals("https://mentorkit.no/fhir/Questionnaire/course-start|1.0.0", r.path("questionnaire").asText());
        assertEquals("ITE-2026-001", r.path("subject").path("identifier").path("value").asText());
        assertNotNull(find(r.path("item").get(0).path("item"),
                i -> i.path("linkId").asText().equals("police-certificate-seen")));
        assertProblem(checks.user("mentor").get(path), 404);

        JsonNode own = EthicsChecks.sign(mentor, EthicsChecks.start(mentor, "mentor:me", "mentor-onboarding"));
        assertProblem(mentor.get("/api/ethics/completions/" + own.path("summary").path("id").asLong() + "/fhir"), 409);
    }

    /** A small fictional Questionnaire as another tool would write it: one group, plain enableWhen. */
    private static String questionnaire(String version, String weightType) {
        return """
                {"resourceType":"Questionnaire","id":"it-fhir","version":"%s","status":"active","language":"nb",
                 %s,
                 "item":[{"linkId":"g1","type":"group",%s,"item":[
                   {"linkId":"concern","type":"boolean","required":true,%s},
                   {"linkId":"weight","type":"%s",%s,"enableWhen":[
                     {"question":"concern","operator":"=","answerBoolean":true}]}]}]}
                """.formatted(version, texts("title", "Fiktivt FHIR-skjema", "Fiktivt FHIR-skjema", "Fictional form"),
                texts("text", "Del 1", "Del 1", "Part 1"), texts("text", "Bekymring?", "Uro?", "Concern?"),
                weightType, texts("text", "Vekt", "Vekt", "Weight"));
    }

    /** A FHIR text in nb with nn and en in the translation extension. */
    private static String texts(String element, String nb, String nn, String en) {
        String t = "{\"url\":\"http://hl7.org/fhir/StructureDefinition/translation\",\"extension\":["
                + "{\"url\":\"lang\",\"valueCode\":\"%s\"},{\"url\":\"content\",\"valueString\":\"%s\"}]}";
        return "\"%s\":\"%s\",\"_%s\":{\"extension\":[%s,%s]}".formatted(element, nb, element,
                t.formatted("nn", nn), t.formatted("en", en));
    }

    private void drop(String file, String content) throws IOException {
        Path tmp = deploy.resolveSibling(file + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, deploy.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
