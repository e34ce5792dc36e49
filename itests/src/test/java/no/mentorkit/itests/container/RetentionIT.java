package no.mentorkit.itests.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The retention schedule in the full distribution: the registry's closed courses are deleted when the
 * organisation's rule says so, a legal hold keeps one until lifted, the preview counts what the next run deletes,
 * and the audit entry names the kind and the count, never the deleted case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RetentionIT {

    private static final String RETENTION = "/api/admin/retention";

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
    public void closedCoursesAreDeletedByTheOrganisationsRuleExceptThoseUnderALegalHold() {
        long mentor = fx.mentor(coordinator, "Sletteprøve (fiktiv)", null, null);
        String held = RegistryFixture.caseCode();
        String due = RegistryFixture.caseCode();
        String open = RegistryFixture.caseCode();
        fx.course(coordinator, held, mentor);
        fx.course(coordinator, due, mentor);
        fx.course(coordinator, open, mentor);
        assertEquals(201, coordinator.post("/api/registry/courses/" + due + "/sessions", Http.json("date",
                LocalDate.now().toString(), "minutes", 45, "kind", "meeting", "notes", "Fiktiv samtale")).status());
        close(held);
        close(due);

        JsonNode line = line("registry", "closed-courses");
        assertEquals("the shipped default keeps closed courses five years", 1825, line.path("keepDays").asInt());
        assertEquals("DELETE", line.path("action").asText());
        assertFalse(line.path("setByOrganisation").asBoolean());
        assertEquals("nothing closed today is due under the default", 0, line.path("due").asLong());
        JsonNode closedNow = coordinator.get("/api/registry/courses/" + due).json();
        assertEquals("the coordinator sees on a closed course when it will be deleted",
                closedAt(closedNow).plus(Duration.ofDays(1825)), Instant.parse(closedNow.path("retention").path("dueAt").asText()));
        assertEquals("DELETE", closedNow.path("retention").path("action").asText());
        JsonNode openNow = coordinator.get("/api/registry/courses/" + open).json().path("retention");
        assertEquals("an open course says how long after closing", 1825, openNow.path("keepDays").asInt());
        assertTrue("an open course has no date yet", openNow.path("dueAt").isMissingNode());

        Http.Answer bad = fx.admin.send("PUT", RETENTION + "/registry/closed-courses",
                Http.json("keepDays", -1, "action", "SHRED"), "application/json");
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("keepDays") && bad.body().contains("action"));
        assertEquals(404, fx.admin.send("PUT", RETENTION + "/registry/no-such-kind",
                Http.json("keepDays", 1, "action", "DELETE"), "application/json").status());

        Http.Answer hold = fx.admin.post(RETENTION + "/holds", Http.json("subjectKind", "case", "subjectKey", held,
                "reason", "Begjæring om innsyn behandles (fiktivt)"));
        assertEquals(hold.toString(), 201, hold.status());
        Http.Answer set = fx.admin.send("PUT", RETENTION + "/registry/closed-courses",
                Http.json("keepDays", 0, "action", "DELETE"), "application/json");
        assertEquals(set.toString(), 200, set.status());
        assertTrue(set.json().path("setByOrganisation").asBoolean());
        assertEquals("the preview counts the closed course that is not held", 1, set.json().path("due").asLong());
        JsonNode heldNow = coordinator.get("/api/registry/courses/" + held).json();
        assertTrue("a held course says so", heldNow.path("retention").path("held").asBoolean());
        JsonNode dueNow = coordinator.get("/api/registry/courses/" + due).json();
        assertFalse(dueNow.path("retention").path("held").asBoolean());
        assertEquals("the organisation's rule moves the date", closedAt(dueNow),
                Instant.parse(dueNow.path("retention").path("dueAt").asText()));

        Http.Answer run = fx.admin.post(RETENTION + "/runs", "");
        assertEquals(run.toString(), 200, run.status());
        assertEquals(404, coordinator.get("/api/registry/courses/" + due).status());
        assertEquals(200, coordinator.get("/api/registry/courses/" + held).status());
        assertEquals("an open course is not touched", 200, coordinator.get("/api/registry/courses/" + open).status());

        JsonNode entries = fx.admin.get("/api/audit?module=platform&action=retention.run&recordId=registry/closed-courses")
                .json().path("entries");
        assertTrue("the newest run's entry comes first", entries.size() >= 1);
        assertTrue(entries.get(0).toString(), entries.get(0).path("detail").asText().startsWith("DELETE 1 records"));
        assertFalse("the audit entry never names the deleted case", entries.get(0).toString().contains(due));

        long holdId = hold.json().path("id").asLong();
        assertEquals(204, fx.admin.post(RETENTION + "/holds/" + holdId + "/lift", "").status());
        assertEquals(404, fx.admin.post(RETENTION + "/holds/" + holdId + "/lift", "").status());
        assertEquals(1, line("registry", "closed-courses").path("due").asLong());
        fx.admin.post(RETENTION + "/runs", "");
        assertEquals(404, coordinator.get("/api/registry/courses/" + held).status());
        assertEquals(200, coordinator.get("/api/registry/courses/" + open).status());
        assertEquals(1, fx.admin.get("/api/audit?module=platform&action=legal-hold.lift").json().path("total").asLong());

        anonymisesAClosedCourseWhenTheOrganisationChoosesSo(mentor);
    }

    /** Closed courses can be anonymised instead: a new code, free text and names gone, what statistics count kept. */
    private void anonymisesAClosedCourseWhenTheOrganisationChoosesSo(long mentor) {
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, mentor);
        assertEquals(201, coordinator.post("/api/registry/courses/" + code + "/sessions", Http.json("date",
                LocalDate.now().toString(), "minutes", 30, "kind", "meeting", "notes", "Fiktivt samtalenotat")).status());
        close(code);
        Http.Answer set = fx.admin.send("PUT", RETENTION + "/registry/closed-courses",
                Http.json("keepDays", 0, "action", "ANONYMISE"), "application/json");
        assertEquals(set.toString(), 200, set.status());
        assertEquals(200, fx.admin.post(RETENTION + "/runs", "").status());

        assertEquals("the case code links to nothing any more", 404,
                coordinator.get("/api/registry/courses/" + code).status());
        JsonNode row = null;
        for (JsonNode c : coordinator.get("/api/registry/courses").json()) {
            if (c.path("caseCode").asText().startsWith("ANON-") && c.path("mentorId").asLong() == mentor) {
                row = c;
            }
        }
        assertNotNull("the course is still counted", row);
        JsonNode course = coordinator.get("/api/registry/courses/" + row.path("caseCode").asText()).json();
        assertEquals("closed", course.path("status").asText());
        assertTrue(course.toString(), course.path("closedReason").isMissingNode() || course.path("closedReason").isNull());
        assertFalse("no free text is left: " + course, course.toString().contains("Fiktivt samtalenotat")
                || course.toString().contains("Målene er nådd"));
        assertEquals("the session still counts", 1, course.path("sessions").size());
        assertTrue(course.path("retention").path("anonymised").asBoolean());
        assertEquals("an anonymised course is not due again", 0, line("registry", "closed-courses").path("due").asLong());
    }

    @Test
    public void assessmentsAndChecklistsAreDeletedByTheirModulesOwnRules() {
        String gone = RegistryFixture.caseCode();
        String kept = RegistryFixture.caseCode();
        long mentor = fx.mentor(coordinator, "Vurderingsprøve (fiktiv)", null, null);
        fx.course(coordinator, gone, mentor);
        fx.course(coordinator, kept, mentor);
        long goneId = AssessmentChecks.create(coordinator, gone, "initial-screening").path("id").asLong();
        long keptId = AssessmentChecks.create(coordinator, kept, "initial-screening").path("id").asLong();
        assertEquals(201, fx.admin.post(RETENTION + "/holds", Http.json("subjectKind", "case", "subjectKey", kept,
                "reason", "Tilsynssak (fiktiv)")).status());
        assertEquals(200, fx.admin.send("PUT", RETENTION + "/assessment/assessments",
                Http.json("keepDays", 0, "action", "DELETE"), "application/json").status());
        assertTrue(line("ethics", "completions").path("installed").asBoolean());
        assertEquals(200, fx.admin.post(RETENTION + "/runs", "").status());
        assertEquals(404, coordinator.get("/api/assessment/assessments/" + goneId).status());
        assertEquals(200, coordinator.get("/api/assessment/assessments/" + keptId).status());
    }

    @Test
    public void aModuleThatIsNotInstalledKeepsItsKindsInTheSchedulePaused() throws Exception {
        assertEquals(200, fx.admin.send("PUT", RETENTION + "/assessment/assessments",
                Http.json("keepDays", 400, "action", "DELETE"), "application/json").status());
        Bundle assessment = Arrays.stream(context.getBundles())
                .filter(b -> "no.mentorkit.assessment".equals(b.getSymbolicName())).findFirst().orElseThrow();
        assessment.stop();
        try {
            JsonNode paused = line("assessment", "assessments");
            assertFalse("paused while the module is away", paused.path("installed").asBoolean());
            assertEquals("the organisation's rule is kept", 400, paused.path("keepDays").asInt());
            assertEquals("the event it counts from is remembered", "assessment-changed", paused.path("after").asText());
            assertFalse("no preview for a paused kind", paused.path("due").isNumber());
            assertEquals("a paused kind is not run", 404, fx.admin.send("PUT", RETENTION + "/assessment/assessments",
                    Http.json("keepDays", 1, "action", "DELETE"), "application/json").status());
        } finally {
            assessment.start();
        }
        long until = System.nanoTime() + 30_000_000_000L;
        while (!line("assessment", "assessments").path("installed").asBoolean() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue("back in the schedule once installed", line("assessment", "assessments").path("installed").asBoolean());
    }

    @Test
    public void mentorsWhoLeftAreAnonymisedAndOldNetworkMeetingsDeleted() {
        long left = leftMentor("Sluttet (fiktiv)");
        long heldMentor = leftMentor("Sluttet med pålegg (fiktiv)");
        assertEquals(201, fx.admin.post(RETENTION + "/holds", Http.json("subjectKind", "mentor", "subjectKey",
                String.valueOf(heldMentor), "reason", "Tilsynssak (fiktivt)")).status());
        JsonNode rule = line("registry", "mentors-left");
        assertEquals("anonymised by default, not deleted", "ANONYMISE", rule.path("action").asText());
        assertFalse("a mentor's profile cannot be deleted: courses name them", rule.path("actions").toString()
                .contains("DELETE"));
        Http.Answer set = fx.admin.send("PUT", RETENTION + "/registry/mentors-left",
                Http.json("keepDays", 0, "action", "ANONYMISE"), "application/json");
        assertEquals(set.toString(), 200, set.status());

        String topic = "Samling om nettverksarbeid (fiktiv) " + System.nanoTime();
        Http.Answer meeting = coordinator.post("/api/registry/networks/meetings", Http.json("network", "vest", "date",
                LocalDate.now().minusYears(4).toString(), "topic", topic, "attendees", List.of(left)));
        assertEquals(meeting.toString(), 201, meeting.status());
        assertTrue(line("registry", "network-meetings").path("due").asLong() >= 1);

        assertEquals(200, fx.admin.post(RETENTION + "/runs", "").status());
        JsonNode anonymised = coordinator.get("/api/registry/mentors/" + left).json();
        assertEquals("the profile is still there", "Anonymisert", anonymised.path("profile").path("name").asText());
        for (String gone : List.of("email", "birthYear", "background", "belonging", "policeCertificate")) {
            assertTrue(gone + " removed: " + anonymised, anonymised.path("profile").path(gone).isMissingNode()
                    || anonymised.path("profile").path(gone).isNull());
        }
        assertEquals("what statistics count stays", "vest", anonymised.path("profile").path("network").asText());
        assertEquals("municipal-hours", anonymised.path("profile").path("employment").path("model").asText());
        assertEquals("a held mentor is kept as they were", "Sluttet med pålegg (fiktiv) (fiktiv)",
                coordinator.get("/api/registry/mentors/" + heldMentor).json().path("profile").path("name").asText());
        assertFalse("the old meeting is gone", coordinator.get("/api/registry/networks/meetings").body().contains(topic));
        assertEquals("an anonymised profile is not due again", 0, line("registry", "mentors-left").path("due").asLong());
    }

    /** A mentor created today and marked as left. */
    private long leftMentor(String name) {
        long id = fx.mentor(coordinator, name, null, null);
        Map<String, Object> profile = RegistryFixture.profile(name, null, null);
        profile.put("status", "left");
        Http.Answer changed = coordinator.send("PUT", "/api/registry/mentors/" + id,
                RegistryFixture.json(Map.of("version", 1, "profile", profile)), "application/json");
        assertEquals(changed.toString(), 200, changed.status());
        return id;
    }

    @Test
    public void searchesWithoutResultsAreForgottenAYearAfterTheyWereLastMade() throws Exception {
        String old = "fiktivtgammeltord" + System.nanoTime();
        String fresh = "fiktivtnyttord" + System.nanoTime();
        assertEquals(200, coordinator.get("/api/library/search?q=" + old).status());
        assertEquals(200, coordinator.get("/api/library/search?q=" + fresh).status());
        // The first was last searched for 400 days ago: made so in the database, as no API goes back in time.
        DataSource db = Services.await(context, DataSource.class, Duration.ofSeconds(30));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE library.zero_results SET last_day = ? WHERE query = ?")) {
            ps.setObject(1, LocalDate.now().minusDays(400));
            ps.setString(2, old);
            assertEquals(1, ps.executeUpdate());
        }
        JsonNode line = line("library", "zero-result-queries");
        assertEquals("a year by default", 365, line.path("keepDays").asInt());
        assertEquals("last-searched", line.path("after").asText());
        assertTrue(line.toString(), line.path("due").asLong() >= 1);

        assertEquals(200, fx.admin.post(RETENTION + "/runs", "").status());
        String counted = fx.admin.get("/api/library/zero-results").body();
        assertFalse("the old query is forgotten", counted.contains(old));
        assertTrue("the recent one is kept", counted.contains(fresh));
        assertEquals(0, line("library", "zero-result-queries").path("due").asLong());
    }

    @Test
    public void onlyAdminsSeeOrChangeTheSchedule() {
        assertEquals(403, coordinator.get(RETENTION).status());
        assertEquals(403, coordinator.post(RETENTION + "/runs", "").status());
        Http.Answer badHold = fx.admin.post(RETENTION + "/holds", Http.json("subjectKind", "mentor", "subjectKey", "x"));
        assertEquals(400, badHold.status());
        assertTrue(badHold.body(), badHold.body().contains("subjectKey") && badHold.body().contains("reason"));
    }

    private void close(String caseCode) {
        JsonNode course = coordinator.get("/api/registry/courses/" + caseCode).json();
        Http.Answer closed = coordinator.post("/api/registry/courses/" + caseCode + "/status",
                Http.json("version", course.path("version").asInt(), "status", "closed", "reason",
                        "Målene er nådd (fiktivt)"));
        assertEquals(closed.toString(), 200, closed.status());
    }

    /** When the course was last closed, by its history. */
    private static Instant closedAt(JsonNode course) {
        Instant at = null;
        for (JsonNode h : course.path("history")) {
            if ("status".equals(h.path("event").asText()) && "closed".equals(h.path("to").asText())) {
                at = Instant.parse(h.path("changedAt").asText());
            }
        }
        assertNotNull(course.toString(), at);
        return at;
    }

    private JsonNode line(String module, String kind) {
        for (JsonNode l : fx.admin.get(RETENTION).json()) {
            if (l.path("module").asText().equals(module) && l.path("kind").asText().equals(kind)) {
                return l;
            }
        }
        throw new AssertionError("no schedule line " + module + "/" + kind);
    }
}
