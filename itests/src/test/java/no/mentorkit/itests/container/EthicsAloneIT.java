package no.mentorkit.itests.container;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import no.mentorkit.itests.support.Http;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.Step;
import no.mentorkit.platform.workflow.StepGuard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import static no.mentorkit.itests.container.EthicsChecks.assertProblem;

/**
 * The ethics module installed alone on the platform (with the form engine it needs, no registry): the shipped
 * checklists and guidelines, a start checklist signed and countersigned, and the step guard asked directly.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EthicsAloneIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-ethics"),
                EthicsChecks.shippedRequirements());
    }

    @Inject
    private BundleContext context;

    private EthicsChecks checks;

    @Before
    public void connect() {
        checks = new EthicsChecks();
    }

    private static Step activate(String caseCode) {
        return new Step("registry", "course", caseCode, "activate", new UserPrincipal(1, "coord-it", "Fictional",
                Set.of(Role.COORDINATOR), "127.0.0.1"));
    }

    @Test
    public void theGuardHoldsActivationUntilTheStartChecklistIsSignedAndCountersigned() {
        Http admin = checks.admin;
        JsonNode module = EthicsChecks.find(admin.get("/api/modules").json(), m -> m.path("id").asText().equals("ethics"));
        assertNotNull("the module is announced", module);
        assertEquals("/ui/ethics/ethics.js", module.path("uiModule").asText());
        assertEquals(200, checks.anonymous.get("/ui/ethics/ethics.js").status());
        assertEquals("404: no registry here", 404, admin.get("/api/registry/mentors").status());
        assertFalse("case codes are typed", admin.get("/api/ethics/subjects").json().path("registry").asBoolean());
        for (String id : List.of("course-start", "course-session", "course-closing", "mentor-onboarding")) {
            checks.awaitChecklist(id, "1.0.0", "published");
        }
        JsonNode requirements = admin.get("/api/ethics/requirements").json();
        assertEquals("the shipped default", "[\"course-start\"]", requirements.path("required").toString());

        StepGuard guard = Services.await(context, StepGuard.class, Duration.ofSeconds(30));
        String code = "ALN-2026-001";
        List<Hold> holds = guard.check(activate(code));
        assertEquals(holds.toString(), 1, holds.size());
        assertEquals("ethics", holds.get(0).module());
        assertEquals("checklist-unsigned", holds.get(0).code());
        assertTrue(holds.get(0).detail(), holds.get(0).detail().contains(code));
        assertTrue("other steps pass", guard.check(new Step("registry", "course", code, "close", null)).isEmpty());

        Http mentor = checks.user("mentor");
        String mentorName = AssessmentChecks.username(mentor);
        Http coordinator = checks.user("coordinator");
        Http.Answer badSubject = mentor.post("/api/ethics/completions", Http.json("subject", "course:Ola Nordmann",
                "checklistId", "course-start"));
        assertProblem(badSubject, 400);
        assertEquals("subject", badSubject.json().path("errors").get(0).path("field").asText());
        assertProblem(mentor.post("/api/ethics/completions", Http.json("subject", "course:" + code, "checklistId",
                "mentor-onboarding")), 400);
        JsonNode draft = EthicsChecks.start(mentor, "course:" + code, "course-start");
        assertEquals("1.0.0", draft.path("summary").path("formVersion").asText());
        long id = draft.path("summary").path("id").asLong();

        Http.Answer incomplete = mentor.post("/api/ethics/completions/" + id + "/sign", "{\"version\":1,\"answers\":"
                + "{\"mentor-trained\":{\"value\":true,\"comment\":\"Kull 2022 (fiktivt)\"}}}");
        assertProblem(incomplete, 400);
        String fields = incomplete.json().path("errors").toString();
        assertTrue(fields, fields.contains("answers.police-certificate-seen") && !fields.contains("answers.mentor-trained"));
        assertProblem(coordinator.post("/api/ethics/completions/" + id + "/sign", "{\"version\":1}"), 403);

        JsonNode signed = EthicsChecks.sign(mentor, draft);
        assertEquals(mentorName, signed.path("summary").path("signedBy").asText());
        assertFalse(signed.path("summary").path("signedAt").isNull());
        assertEquals(1, guard.check(activate(code)).size());
        assertProblem(mentor.send("PUT", "/api/ethics/completions/" + id, "{\"version\":2,\"answers\":{}}",
                "application/json"), 409);
        assertProblem(EthicsChecks.countersign(mentor, signed), 403);
        Http.Answer stale = coordinator.post("/api/ethics/completions/" + id + "/countersign", "{\"version\":1}");
        assertProblem(stale, 409);
        Http.Answer countersigned = EthicsChecks.countersign(coordinator, signed);
        assertEquals(countersigned.toString(), 200, countersigned.status());
        assertEquals("countersigned", countersigned.json().path("summary").path("status").asText());
        assertEquals("coordinator", countersigned.json().path("summary").path("countersignedRole").asText());
        assertTrue("the guard lets the course go", guard.check(activate(code)).isEmpty());

        assertEquals(1, mentor.get("/api/ethics/completions?subject=course:" + code).json().size());
        JsonNode read = mentor.get("/api/ethics/completions/" + id).json();
        assertEquals("Fiktiv kommentar", read.path("answers").path("mentor-trained").path("comment").asText());
        assertEquals(true, read.path("answers").path("mentor-trained").path("value").asBoolean());
        Http otherMentor = checks.user("mentor");
        assertProblem(otherMentor.get("/api/ethics/completions/" + id), 404);
        assertEquals(0, otherMentor.get("/api/ethics/completions?subject=course:" + code).json().size());
        assertTrue(checks.audited("action=access.denied&recordId=" + id) >= 1);
        for (String action : List.of("create", "sign", "countersign", "read")) {
            assertTrue(action, checks.audited("action=" + action + "&recordType=completion&recordId=" + id) >= 1);
        }
    }

    @Test
    public void guidelinesAreAcceptedAndANewVersionAsksAgain() {
        Http mentor = checks.user("mentor");
        JsonNode current = mentor.get("/api/ethics/guidelines").json();
        assertEquals(1, current.path("version").asInt());
        assertTrue(current.path("text").path("nn").asText().contains("§196"));
        assertFalse(current.path("accepted").asBoolean());
        assertTrue(dueKinds(mentor).contains("guidelines"));
        assertTrue("onboarding is due for a mentor", dueKinds(mentor).contains("onboarding"));
        Http.Answer accepted = mentor.post("/api/ethics/guidelines/1/accept", "{}");
        assertEquals(accepted.toString(), 200, accepted.status());
        assertTrue(accepted.json().path("accepted").asBoolean());
        assertFalse(dueKinds(mentor).contains("guidelines"));

        assertProblem(mentor.post("/api/ethics/guidelines", EthicsChecks.json(Map.of("currentVersion", 1,
                "text", Map.of("nb", "x", "nn", "x", "en", "x")))), 403);
        Http.Answer missing = checks.admin.post("/api/ethics/guidelines", EthicsChecks.json(Map.of(
                "currentVersion", 1, "text", Map.of("nb", "Ny tekst"))));
        assertProblem(missing, 400);
        assertTrue(missing.body(), missing.body().contains("text.nn") && missing.body().contains("text.en"));
        Http.Answer v2 = checks.admin.post("/api/ethics/guidelines", EthicsChecks.json(Map.of(
                "currentVersion", 1, "note", "Fiktiv endring", "text", Map.of("nb", "Ny tekst (fiktiv)",
                        "nn", "Ny tekst (fiktiv)", "en", "New text (fictional)"))));
        assertEquals(v2.toString(), 201, v2.status());
        assertEquals(2, v2.json().path("version").asInt());
        assertTrue("a new version asks again", dueKinds(mentor).contains("guidelines"));
        assertProblem(mentor.post("/api/ethics/guidelines/1/accept", "{}"), 409);
        assertEquals(1, checks.admin.get("/api/ethics/guidelines/acceptances?version=1").json().size());
        assertProblem(mentor.get("/api/ethics/guidelines/acceptances"), 403);
    }

    /** Without the assessment module, checklists still have an admin API: upload, publish and retire. */
    @Test
    public void checklistsAreUploadedPublishedAndRetiredThroughTheFormsApi() {
        Http admin = checks.admin;
        assertEquals("[\"checklist\"]", admin.get("/api/forms/kinds").json().toString());
        String checklist = """
                {"id":"it-alone-checklist","version":"1.0.0","kind":"checklist",
                 "checklist":{"appliesTo":"mentor","stage":"other"},
                 "title":{"nb":"Opplastet sjekkliste (fiktiv)","nn":"Opplasta sjekkliste (fiktiv)",
                          "en":"Uploaded checklist (fictional)"},
                 "sections":[{"id":"s","title":{"nb":"Del","nn":"Del","en":"Part"},"items":[
                   {"id":"read","type":"yesno","required":true,"label":{"nb":"Lest?","nn":"Lese?","en":"Read?"}}]}]}
                """;
        Http.Answer draft = admin.post("/api/forms?name=it-alone-checklist.form.json", checklist);
        assertEquals(draft.toString(), 201, draft.status());
        assertEquals("draft", draft.json().path("outcome").asText());
        checks.awaitChecklist("it-alone-checklist", "1.0.0", "draft");

        assertProblem(checks.user("coordinator").post("/api/forms/it-alone-checklist/1.0.0/publish", ""), 403);
        Http.Answer published = admin.post("/api/forms/it-alone-checklist/1.0.0/publish", "");
        assertEquals(published.toString(), 200, published.status());
        checks.awaitChecklist("it-alone-checklist", "1.0.0", "published");
        assertTrue(admin.get("/api/audit?module=forms&action=form.publish&recordId=it-alone-checklist@1.0.0").json()
                .path("total").asLong() >= 1);

        Http.Answer instrument = admin.post("/api/forms?name=it-alone-instrument.form.json",
                AssessmentChecks.form("it-alone-instrument", "1.0.0", "No assessment module here"));
        assertProblem(instrument, 422);
        assertEquals(instrument.toString(), "kind", instrument.json().path("errors").get(0).path("field").asText());

        assertEquals(200, admin.post("/api/forms/it-alone-checklist/1.0.0/retire", "").status());
        checks.awaitChecklist("it-alone-checklist", "1.0.0", "retired");
    }

    private static String dueKinds(Http client) {
        Http.Answer due = client.get("/api/ethics/due");
        assertEquals(due.toString(), 200, due.status());
        StringBuilder kinds = new StringBuilder();
        due.json().forEach(d -> kinds.append(d.path("kind").asText()).append(' '));
        return kinds.toString();
    }

    /** The module matrix's "alone" entry: only this module, its smoke test passing, the others absent. */
    @Test
    public void matrixHoldsOnlyThisModuleAndItsSmokeTestPasses() {
        new ModuleSmoke().installationHoldsExactly("ethics");
    }
}
