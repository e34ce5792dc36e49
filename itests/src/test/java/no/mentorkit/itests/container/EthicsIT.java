package no.mentorkit.itests.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Oracles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import static no.mentorkit.itests.container.EthicsChecks.assertProblem;

/**
 * The ethics module with every other module booted: a required start checklist holds a registry course's activation
 * (409) until the mentor signs it and the supervisor countersigns; disclosures with their legal basis in the course
 * report; requirements; a checklist copied into deploy/ served without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EthicsIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options(EthicsChecks.shippedRequirements());
    }

    @Inject
    private BundleContext context;

    private RegistryFixture fx;
    private EthicsChecks checks;
    private Http coordinator;

    @Before
    public void connect() {
        fx = new RegistryFixture(context);
        checks = new EthicsChecks();
        coordinator = fx.as(fx.user("coordinator"));
    }

    /** A course in matching with a mentor linked to the user, supervised by the supervisor user. */
    private String course(String mentorUser, String supervisorUser) {
        long m = fx.mentor(coordinator, "Etikk", fx.userId(mentorUser), fx.userId(supervisorUser));
        String code = RegistryFixture.caseCode();
        Http.Answer confirmed = coordinator.post("/api/registry/match/confirm",
                RegistryFixture.json(Map.of("need", RegistryFixture.need(code), "mentorId", m)));
        assertEquals(confirmed.toString(), 201, confirmed.status());
        return code;
    }

    private Http.Answer activate(String code) {
        int version = coordinator.get("/api/registry/courses/" + code).json().path("version").asInt();
        return coordinator.post("/api/registry/courses/" + code + "/status", Http.json("version", version, "status",
                "active"));
    }

    @Test
    public void aRequiredStartChecklistHoldsActivationUntilSignedAndCountersigned() {
        String mentorName = fx.user("mentor");
        String supervisorName = fx.user("supervisor");
        String code = course(mentorName, supervisorName);
        Http mentor = fx.as(mentorName);
        Http supervisor = fx.as(supervisorName);
        JsonNode picks = mentor.get("/api/ethics/subjects?q=" + code).json();
        assertTrue(picks.path("registry").asBoolean());
        assertEquals("the mentor picks the course from the registry", code,
                picks.path("subjects").get(0).path("caseCode").asText());
        assertEquals(0, fx.as(fx.user("mentor")).get("/api/ethics/subjects?q=" + code).json().path("subjects").size());

        Http.Answer held = activate(code);
        assertEquals(held.toString(), 409, held.status());
        assertTrue(held.body(), held.body().contains("checklist-unsigned") && held.body().contains(code));

        Http.Answer notTheirs = fx.as(fx.user("mentor")).post("/api/ethics/completions", Http.json("subject",
                "course:" + code, "checklistId", "course-start"));
        assertProblem(notTheirs, 400);
        JsonNode signed = EthicsChecks.sign(mentor, EthicsChecks.start(mentor, "course:" + code, "course-start"));
        assertEquals("signed only", 409, activate(code).status());
        assertTrue("the supervisor sees it waiting", supervisor.get("/api/ethics/due").body().contains(
                "\"kind\":\"countersign\""));
        assertProblem(EthicsChecks.countersign(fx.as(fx.user("supervisor")), signed), 404);
        Http.Answer countersigned = EthicsChecks.countersign(supervisor, signed);
        assertEquals(countersigned.toString(), 200, countersigned.status());
        assertEquals("supervisor", countersigned.json().path("summary").path("countersignedRole").asText());

        Http.Answer active = activate(code);
        assertEquals(active.toString(), 200, active.status());
        assertEquals("active", active.json().path("status").asText());
        JsonNode report = mentor.get("/api/ethics/courses/" + code + "/report").json();
        assertEquals("countersigned", report.path("completions").get(0).path("summary").path("status").asText());
        assertEquals("active", report.path("status").asText());
    }

    /**
     * Issue 16, item 2: a checklist completion the caller may not read answers exactly as one that does not exist
     * (it was 403 "Only those who fill in…" against 404 "No checklist completion N."), audited access.denied.
     */
    @Test
    public void aCompletionTheCallerMayNotReadAnswersAsOneThatDoesNotExist() {
        String mentorName = fx.user("mentor");
        String code = course(mentorName, fx.user("supervisor"));
        Http mentor = fx.as(mentorName);
        long id = EthicsChecks.start(mentor, "course:" + code, "course-start").path("summary").path("id").asLong();
        String existing = "/api/ethics/completions/" + id;
        String missing = "/api/ethics/completions/999999999";
        String fill = "{\"version\":1,\"answers\":{}}";
        for (Http caller : List.of(fx.as(fx.user("mentor")), fx.as(fx.user("supervisor")))) {
            Oracles.assertAnswersAsMissing(caller.get(existing), "" + id, caller.get(missing), "999999999");
            Oracles.assertAnswersAsMissing(caller.send("PUT", existing, fill, "application/json"), "" + id,
                    caller.send("PUT", missing, fill, "application/json"), "999999999");
            Oracles.assertAnswersAsMissing(caller.post(existing + "/sign", fill), "" + id,
                    caller.post(missing + "/sign", fill), "999999999");
            Oracles.assertAnswersAsMissing(caller.post(existing + "/countersign", "{\"version\":1}"), "" + id,
                    caller.post(missing + "/countersign", "{\"version\":1}"), "999999999");
        }
        assertTrue(fx.admin.get("/api/audit?action=access.denied&recordType=completion&recordId=" + id).json()
                .path("total").asLong() >= 6);
    }

    /**
     * Issue 16, item 6: a mentor's due list, completion list and disclosure list each write one entry naming what
     * was shown; before, every course in the store that the list looked at became a subject.miss entry under the
     * mentor's name (five for one GET /api/ethics/due).
     */
    @Test
    public void aListIsAuditedOnceWithWhatTheCallerSawAndNothingElse() {
        String otherName = fx.user("mentor");
        Http other = fx.as(otherName);
        for (int i = 0; i < 3; i++) {
            EthicsChecks.start(other, "course:" + course(otherName, fx.user("supervisor")), "course-start");
        }
        String mentorName = fx.user("mentor");
        Http mentor = fx.as(mentorName);
        String own = course(mentorName, fx.user("supervisor"));
        long mine = EthicsChecks.start(mentor, "course:" + own, "course-start").path("summary").path("id").asLong();

        for (String list : List.of("/api/ethics/due", "/api/ethics/completions", "/api/ethics/disclosures")) {
            long before = entriesBy(mentorName);
            Http.Answer answer = mentor.get(list);
            assertEquals(answer.toString(), 200, answer.status());
            assertEquals("one entry for " + list + ": " + lastBy(mentorName, 5), before + 1, entriesBy(mentorName));
            String detail = lastBy(mentorName, 1).path(0).path("detail").asText();
            assertTrue(list + ": " + detail, detail.startsWith("shown: ") || detail.startsWith("checklists shown"));
        }
        String completions = lastBy(mentorName, 2).path(1).path("detail").asText();
        assertEquals("shown: " + mine, completions);
        assertEquals(0, fx.admin.get("/api/audit?action=subject.miss&actor=" + mentorName).json().path("total")
                .asLong());
    }

    /**
     * Issue 16, item 5: a value longer than the audit column gave a 500 and no audit entry. Now a parameter is either
     * audited in full or refused with a 400 naming it; never a 500.
     */
    @Test
    public void overlongInputIsAuditedInFullOrRefusedNamingIt() {
        String code = "X".repeat(200);
        Http.Answer listed = coordinator.get("/api/ethics/disclosures?course=" + code);
        assertEquals(listed.toString(), 200, listed.status());
        assertEquals(1, fx.admin.get("/api/audit?recordType=disclosure&recordId=" + code).json().path("total")
                .asLong());
        Http.Answer user = fx.admin.get("/api/users/" + "u".repeat(200));
        assertEquals(user.toString(), 404, user.status());

        Http.Answer refused = coordinator.get("/api/ethics/disclosures?course=" + "X".repeat(600));
        assertProblem(refused, 400);
        assertEquals("course", refused.json().path("errors").get(0).path("field").asText());
        Http.Answer longPath = fx.admin.get("/api/users/" + "u".repeat(600));
        assertProblem(longPath, 400);
        assertEquals("username", longPath.json().path("errors").get(0).path("field").asText());
    }

    private long entriesBy(String actor) {
        return fx.admin.get("/api/audit?actor=" + actor + "&limit=1").json().path("total").asLong();
    }

    private JsonNode lastBy(String actor, int n) {
        return fx.admin.get("/api/audit?actor=" + actor + "&limit=" + n).json().path("entries");
    }

    @Test
    public void disclosuresWithTheirLegalBasisShowInTheCourseReport() {
        String mentorName = fx.user("mentor");
        String supervisorName = fx.user("supervisor");
        String code = course(mentorName, supervisorName);
        Http mentor = fx.as(mentorName);
        assertTrue("the start checklist is due", coordinator.get("/api/ethics/due").body().contains(
                "\"subject\":\"course:" + code + "\""));

        Http.Answer noText = mentor.post("/api/ethics/disclosures", EthicsChecks.disclosure(code, "fvl13-exception",
                null));
        assertProblem(noText, 400);
        assertEquals("legalBasisText", noText.json().path("errors").get(0).path("field").asText());
        Http.Answer first = mentor.post("/api/ethics/disclosures", EthicsChecks.disclosure(code, "fvl13-exception",
                "§13 b første ledd nr. 7: avverge fare for liv eller helse"));
        assertEquals(first.toString(), 201, first.status());
        long firstId = first.json().path("id").asLong();
        Map<String, Object> fix = new LinkedHashMap<>();
        fix.put("caseCode", code);
        fix.put("disclosedAt", LocalDate.now().toString());
        fix.put("recipient", "Politiets radikaliseringskontakt (fiktiv)");
        fix.put("what", "Bekymring for planlagt voldshandling (fiktivt)");
        fix.put("legalBasis", "strl196-averting");
        fix.put("decidedBy", "Koordinator (fiktiv)");
        fix.put("corrects", firstId);
        fix.put("correctionReason", "Mottaker og grunnlag var feil registrert");
        Http.Answer corrected = coordinator.post("/api/ethics/disclosures", EthicsChecks.json(fix));
        assertEquals(corrected.toString(), 201, corrected.status());

        JsonNode report = coordinator.get("/api/ethics/courses/" + code + "/report").json();
        JsonNode disclosures = report.path("disclosures");
        assertEquals(2, disclosures.size());
        JsonNode original = EthicsChecks.find(disclosures, d -> d.path("id").asLong() == firstId);
        assertEquals("fvl13-exception", original.path("legalBasis").asText());
        assertEquals(corrected.json().path("id").asLong(), original.path("correctedBy").asLong());
        assertNotNull(EthicsChecks.find(disclosures, d -> d.path("legalBasis").asText().equals("strl196-averting")
                && d.path("corrects").asLong() == firstId));
        assertEquals(2, fx.as(supervisorName).get("/api/ethics/disclosures?course=" + code).json().size());

        Http other = fx.as(fx.user("mentor"));
        assertProblem(other.get("/api/ethics/courses/" + code + "/report"), 403);
        assertEquals(0, other.get("/api/ethics/disclosures?course=" + code).json().size());
        assertProblem(other.post("/api/ethics/disclosures", EthicsChecks.disclosure(code, "consent", null)), 400);
        assertTrue(checks.audited("action=read&recordType=course-report&recordId=" + code) >= 1);
        assertTrue(checks.audited("action=access.denied&recordType=course-report&recordId=" + code) >= 1);
    }

    @Test
    public void requirementsAreForAdminsAndLockedByVersion() {
        JsonNode current = checks.admin.get("/api/ethics/requirements").json();
        int version = current.path("version").asInt();
        assertEquals("[\"course-start\"]", current.path("required").toString());
        Http mentor = fx.as(fx.user("mentor"));
        assertProblem(mentor.send("PUT", "/api/ethics/requirements", Http.json("version", version, "required",
                List.of()), "application/json"), 403);
        Http.Answer unknown = checks.admin.send("PUT", "/api/ethics/requirements", Http.json("version", version,
                "required", List.of("course-start", "no-such-checklist")), "application/json");
        assertProblem(unknown, 400);
        assertEquals("required[1]", unknown.json().path("errors").get(0).path("field").asText());
        Http.Answer changed = checks.admin.send("PUT", "/api/ethics/requirements", Http.json("version", version,
                "required", List.of("course-start", "mentor-onboarding")), "application/json");
        assertEquals(changed.toString(), 200, changed.status());
        assertProblem(checks.admin.send("PUT", "/api/ethics/requirements", Http.json("version", version,
                "required", List.of()), "application/json"), 409);
        Http.Answer back = checks.admin.send("PUT", "/api/ethics/requirements", Http.json("version", version + 1,
                "required", List.of("course-start")), "application/json");
        assertEquals(back.toString(), 200, back.status());
    }

    @Test
    public void aChecklistCopiedIntoDeployIsServedWithoutARestart() throws IOException {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Files.createDirectories(deploy);
        String form = """
                {"id":"it-ethics-deployed","version":"1.0.0","kind":"checklist",
                 "checklist":{"appliesTo":"mentor","stage":"other"},
                 "title":{"nb":"Testsjekkliste (fiktiv)","nn":"Testsjekkliste (fiktiv)","en":"Test checklist (fictional)"},
                 "sections":[{"id":"s","title":{"nb":"Del","nn":"Del","en":"Part"},"items":[
                   {"id":"read","type":"yesno","required":true,"label":{"nb":"Lest?","nn":"Lese?","en":"Read?"}}]}]}
                """;
        Path tmp = deploy.resolveSibling("it-ethics-deployed.form.json.tmp");
        Files.writeString(tmp, form, StandardCharsets.UTF_8);
        Files.move(tmp, deploy.resolve("it-ethics-deployed.form.json"), StandardCopyOption.ATOMIC_MOVE);
        JsonNode listed = checks.awaitChecklist("it-ethics-deployed", "1.0.0", "published");
        assertEquals("mentor", listed.path("appliesTo").asText());
        assertEquals("deploy-folder", listed.path("source").asText());
        assertNull("checklists are not assessment forms", EthicsChecks.find(checks.admin.get("/api/assessment/forms")
                .json(), f -> f.path("id").asText().equals("it-ethics-deployed")));
        Http mentor = fx.as(fx.user("mentor"));
        JsonNode signed = EthicsChecks.sign(mentor, EthicsChecks.start(mentor, "mentor:me", "it-ethics-deployed"));
        assertEquals("1.0.0", signed.path("summary").path("formVersion").asText());
        assertEquals("a mentor checklist is labelled with the user name",
                mentor.get("/api/session").json().path("username").asText(), signed.path("summary").path("label").asText());
    }
}
