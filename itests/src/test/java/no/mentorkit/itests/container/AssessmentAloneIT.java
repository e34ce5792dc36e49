package no.mentorkit.itests.container;

import static no.mentorkit.itests.container.AssessmentChecks.assertProblem;
import static no.mentorkit.itests.container.AssessmentChecks.create;
import static no.mentorkit.itests.container.AssessmentChecks.find;
import static no.mentorkit.itests.container.AssessmentChecks.form;
import static no.mentorkit.itests.container.AssessmentChecks.submit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

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

/** The assessment module installed alone on the platform: no registry, so case codes are typed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AssessmentAloneIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(MentorkitContainer.onlyFeatures("mentorkit-assessment"));
    }

    private AssessmentChecks checks;

    @Before
    public void connect() {
        checks = new AssessmentChecks();
    }

    @Test
    public void worksAloneWithTypedCaseCodes() {
        Http admin = checks.admin;
        JsonNode module = find(admin.get("/api/modules").json(), m -> m.path("id").asText().equals("assessment"));
        assertNotNull(module);
        assertEquals("/ui/assessment/assessment.js", module.path("uiModule").asText());
        assertEquals(200, checks.anonymous.get("/ui/assessment/assessment.js").status());
        assertEquals(200, checks.anonymous.get("/ui/forms/renderer.js").status());
        checks.awaitForm(admin, "progress-review", "1.0.0", "published");

        Http mentor = checks.user("mentor");
        JsonNode subjects = mentor.get("/api/assessment/subjects?q=A").json();
        assertFalse("no registry here", subjects.path("registry").asBoolean());
        Http.Answer badCode = mentor.post("/api/assessment/assessments", Http.json("caseCode", "not a code",
                "formId", "progress-review"));
        assertProblem(badCode, 400);
        assertEquals("caseCode", badCode.json().path("errors").get(0).path("field").asText());

        admin.post("/api/forms?publish=true&name=it-alone.form.json", form("it-alone", "1.0.0", "Alone"));
        JsonNode done = submit(mentor, create(mentor, "ALN-2026-001", "it-alone"), "low", true);
        assertEquals("submitted", done.path("status").asText());
    }

    /** The forms admin API takes the instruments this module claims and refuses checklists: nobody here fills them. */
    @Test
    public void theFormsApiTakesInstrumentsAndRefusesAKindNoInstalledModuleClaims() {
        Http admin = checks.admin;
        assertEquals("[\"assessment\"]", admin.get("/api/forms/kinds").json().toString());
        Http.Answer up = admin.post("/api/forms?publish=true&name=it-alone-api.form.json",
                form("it-alone-api", "1.0.0", "Through the forms API"));
        assertEquals(up.toString(), 201, up.status());
        assertEquals("published", up.json().path("outcome").asText());
        checks.awaitForm(admin, "it-alone-api", "1.0.0", "published");

        Http.Answer checklist = admin.post("/api/forms?name=it-alone-checklist.form.json",
                form("it-alone-checklist", "1.0.0", "C").replace("\"kind\":\"assessment\"", "\"kind\":\"checklist\""));
        assertProblem(checklist, 422);
        assertEquals(checklist.toString(), "kind", checklist.json().path("errors").get(0).path("field").asText());
        assertNull("nothing was stored", find(admin.get("/api/forms").json(),
                f -> f.path("id").asText().equals("it-alone-checklist")));
        assertProblem(checks.user("mentor").post("/api/forms", form("it-alone-api", "1.0.1", "M")), 403);
    }

    /** The module matrix's "alone" entry: only this module, its smoke test passing, the others absent. */
    @Test
    public void matrixHoldsOnlyThisModuleAndItsSmokeTestPasses() {
        new ModuleSmoke().installationHoldsExactly("assessment");
    }
}
