package no.mentorkit.itests.container;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
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
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Oracles;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.subject.Subject;
import no.mentorkit.platform.subject.SubjectDirectory;
import no.mentorkit.platform.workflow.Hold;
import no.mentorkit.platform.workflow.StepGuard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The registry in the full distribution: API, validation, locking, the access matrix, audit, subjects, step guards. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryIT {

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
    public void profileIsCreatedReadUpdatedWithOptimisticLockingAndAudited() {
        long id = fx.mentor(coordinator, "Lars Lås", null, null);
        JsonNode read = coordinator.get("/api/registry/mentors/" + id).json();
        assertEquals(1, read.path("version").asInt());
        assertEquals("coordinators see belonging", "Fiktiv tilhørighet", read.path("profile").path("belonging").asText());
        assertTrue(read.path("eligible").asBoolean());

        Map<String, Object> changed = RegistryFixture.profile("Lars Lås", null, null);
        changed.put("capacity", 4);
        Http.Answer first = coordinator.send("PUT", "/api/registry/mentors/" + id,
                RegistryFixture.json(Map.of("version", 1, "profile", changed)), "application/json");
        assertEquals(first.toString(), 200, first.status());
        assertEquals(2, first.json().path("version").asInt());
        assertEquals(4, first.json().path("profile").path("capacity").asInt());

        changed.put("capacity", 1);
        Http.Answer stale = coordinator.send("PUT", "/api/registry/mentors/" + id,
                RegistryFixture.json(Map.of("version", 1, "profile", changed)), "application/json");
        assertEquals(stale.toString(), 409, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));
        assertEquals("never a silent overwrite", 4,
                coordinator.get("/api/registry/mentors/" + id).json().path("profile").path("capacity").asInt());

        assertEquals(1, fx.audited("action=create&recordType=mentor&recordId=" + id));
        assertEquals(1, fx.audited("action=update&recordType=mentor&recordId=" + id));
        assertTrue(fx.audited("action=read&recordType=mentor&recordId=" + id) >= 2);
    }

    @Test
    public void invalidInputIs400NamingEachField() {
        Map<String, Object> bad = RegistryFixture.profile("Ugyldig", null, null);
        bad.put("name", "");
        bad.put("network", "west");
        bad.put("capacity", 99);
        Http.Answer a = coordinator.post("/api/registry/mentors", RegistryFixture.json(bad));
        assertEquals(a.toString(), 400, a.status());
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("name", "network", "capacity")));
        // Text rules every module shares (a fødselsnummer anywhere) answer first, before the module's own checks.
        bad.put("background", "fnr 01019912345");
        Http.Answer fnr = coordinator.post("/api/registry/mentors", RegistryFixture.json(bad));
        assertEquals(fnr.toString(), 400, fnr.status());
        assertTrue(fnr.body(), fnr.body().contains("\"background\""));

        Http.Answer course = coordinator.post("/api/registry/courses", Http.json("caseCode", "bgo-2026-14",
                "targetGroup", "nobody", "level", "individual"));
        assertEquals(400, course.status());
        assertTrue(course.body(), course.body().contains("caseCode") && course.body().contains("targetGroup"));
        Http.Answer fnrCode = coordinator.post("/api/registry/courses", Http.json("caseCode", "01019912345",
                "targetGroup", "returned-fighter", "level", "individual"));
        assertEquals(400, fnrCode.status());
        assertTrue(fnrCode.body(), fnrCode.body().contains("caseCode") && fnrCode.body().contains("national"));
    }

    @Test
    public void accessMatrixOfEachRoleAgainstOwnAndOthersRecords() {
        String mentorA = fx.user("mentor");
        String mentorB = fx.user("mentor");
        String supervisor = fx.user("supervisor");
        long a = fx.mentor(coordinator, "Mentor A", fx.userId(mentorA), fx.userId(supervisor));
        long b = fx.mentor(coordinator, "Mentor B", fx.userId(mentorB), null);
        String courseA = RegistryFixture.caseCode();
        String courseB = RegistryFixture.caseCode();
        fx.course(coordinator, courseA, a);
        fx.course(coordinator, courseB, b);

        Http asA = fx.as(mentorA);
        JsonNode own = asA.get("/api/registry/mentors/" + a).json();
        assertEquals(a, own.path("id").asLong());
        assertTrue("belonging is coordinator-only", own.path("profile").path("belonging").isMissingNode());
        assertTrue("background is coordinator-only", own.path("profile").path("background").isMissingNode());
        assertEquals(404, asA.get("/api/registry/mentors/" + b).status());
        assertEquals(404, asA.get("/api/registry/mentors/" + b + "/eligibility").status());
        assertEquals(200, asA.get("/api/registry/mentors/" + a + "/eligibility").status());
        JsonNode listA = asA.get("/api/registry/mentors").json();
        assertEquals("a mentor lists only themself", 1, listA.size());
        assertEquals(a, listA.get(0).path("id").asLong());
        assertEquals(200, asA.get("/api/registry/courses/" + courseA).status());
        assertEquals(404, asA.get("/api/registry/courses/" + courseB).status());
        List<String> codes = new ArrayList<>();
        asA.get("/api/registry/courses").json().forEach(c -> codes.add(c.path("caseCode").asText()));
        assertEquals(List.of(courseA), codes);
        assertEquals(201, asA.post("/api/registry/courses/" + courseA + "/sessions", session()).status());
        assertEquals(404, asA.post("/api/registry/courses/" + courseB + "/sessions", session()).status());
        assertEquals("mentors do not write profiles", 403,
                asA.post("/api/registry/mentors", RegistryFixture.json(RegistryFixture.profile("X", null, null))).status());
        assertEquals("mentors do not match", 403, asA.post("/api/registry/match",
                RegistryFixture.json(Map.of("need", RegistryFixture.need(null)))).status());
        assertTrue("refusals are audited", fx.admin.get("/api/audit?action=access.denied&module=registry&actor="
                + mentorA).json().path("total").asLong() >= 5);
        assertTrue("the refused course read names the course", fx.admin.get("/api/audit?action=access.denied"
                + "&recordType=course&recordId=" + courseB + "&actor=" + mentorA).json().path("total").asLong() >= 1);

        Http asSupervisor = fx.as(supervisor);
        assertEquals(200, asSupervisor.get("/api/registry/mentors/" + a).status());
        assertEquals(404, asSupervisor.get("/api/registry/mentors/" + b).status());
        assertEquals(200, asSupervisor.get("/api/registry/courses/" + courseA).status());
        assertEquals(404, asSupervisor.get("/api/registry/courses/" + courseB).status());
        assertEquals(201, asSupervisor.post("/api/registry/mentors/" + a + "/supervision", Http.json("date",
                LocalDate.now().toString(), "supervisor", "Fiktiv", "form", "individual")).status());
        assertEquals(404, asSupervisor.post("/api/registry/mentors/" + b + "/supervision", Http.json("date",
                LocalDate.now().toString(), "supervisor", "Fiktiv", "form", "individual")).status());
        assertEquals(403, asSupervisor.post("/api/registry/courses/" + courseA + "/sessions", session()).status());

        JsonNode full = coordinator.get("/api/registry/courses/" + courseA).json();
        assertEquals(1, full.path("sessions").size());
        assertEquals(mentorA, full.path("sessions").get(0).path("recordedBy").asText());
        assertEquals(200, fx.admin.get("/api/registry/courses/" + courseB).status());
        assertEquals(200, coordinator.get("/api/registry/mentors/" + b).status());
        assertTrue(fx.audited("action=read&recordType=course&recordId=" + courseA) >= 3);
    }

    /**
     * Issue 16, item 2: a profile or course the caller may not see answers exactly as one that does not exist (it
     * was 403 "You do not have access" against 404 "No mentor N."), and the refusal is still audited.
     */
    @Test
    public void aRecordTheCallerMayNotSeeAnswersAsOneThatDoesNotExist() {
        String mentorA = fx.user("mentor");
        String mentorB = fx.user("mentor");
        String supervisor = fx.user("supervisor");
        long a = fx.mentor(coordinator, "Orakel A", fx.userId(mentorA), fx.userId(supervisor));
        long b = fx.mentor(coordinator, "Orakel B", fx.userId(mentorB), null);
        String courseB = RegistryFixture.caseCode();
        fx.course(coordinator, courseB, b);
        String missingCourse = "ITS-2026-99999";
        String supervision = Http.json("date", LocalDate.now().toString(), "supervisor", "Fiktiv", "form", "individual");
        for (Http caller : List.of(fx.as(mentorA), fx.as(supervisor))) {
            for (String tail : List.of("", "/eligibility", "/supervision")) {
                Oracles.assertAnswersAsMissing(caller.get("/api/registry/mentors/" + b + tail), String.valueOf(b),
                        caller.get("/api/registry/mentors/999999999" + tail), "999999999");
            }
            Oracles.assertAnswersAsMissing(caller.post("/api/registry/mentors/" + b + "/supervision", supervision),
                    String.valueOf(b), caller.post("/api/registry/mentors/999999999/supervision", supervision),
                    "999999999");
            Oracles.assertAnswersAsMissing(caller.get("/api/registry/courses/" + courseB), courseB,
                    caller.get("/api/registry/courses/" + missingCourse), missingCourse);
            Oracles.assertAnswersAsMissing(caller.post("/api/registry/courses/" + courseB + "/sessions", session()),
                    courseB, caller.post("/api/registry/courses/" + missingCourse + "/sessions", session()),
                    missingCourse);
        }
        assertTrue(fx.audited("action=access.denied&recordType=mentor&recordId=" + b + "&actor=" + mentorA) >= 4);
        assertTrue(fx.audited("action=access.denied&recordType=course&recordId=" + courseB + "&actor=" + supervisor)
                >= 2);
    }

    private static String session() {
        return Http.json("date", LocalDate.now().toString(), "minutes", 60, "kind", "meeting", "notes",
                "Fiktiv samtale");
    }

    @Test
    public void matchingRanksWithReasonsListsExclusionsAndConfirmingOpensACourse() {
        long good = fx.mentor(coordinator, "Godt egnet", null, null);
        Map<String, Object> paused = RegistryFixture.profile("Pause", null, null);
        paused.put("status", "paused");
        long pausedId = coordinator.post("/api/registry/mentors", RegistryFixture.json(paused)).json().path("id").asLong();
        String code = RegistryFixture.caseCode();
        JsonNode r = coordinator.post("/api/registry/match",
                RegistryFixture.json(Map.of("need", RegistryFixture.need(code), "limit", 500))).json();
        JsonNode candidate = null;
        for (JsonNode c : r.path("candidates")) {
            if (c.path("mentorId").asLong() == good) {
                candidate = c;
            }
        }
        assertTrue(r.toString(), candidate != null);
        assertTrue(candidate.path("score").asInt() > 0);
        assertTrue(candidate.path("reasons").size() >= 3);
        boolean excluded = false;
        for (JsonNode e : r.path("excluded")) {
            excluded |= e.path("mentorId").asLong() == pausedId && e.path("code").asText().equals("status");
        }
        assertTrue("the paused mentor is excluded with its reason", excluded);
        assertEquals("same input, same answer", r, coordinator.post("/api/registry/match",
                RegistryFixture.json(Map.of("need", RegistryFixture.need(code), "limit", 500))).json());

        JsonNode course = fx.course(coordinator, code, good);
        assertEquals("active", course.path("status").asText());
        assertEquals(good, course.path("mentorId").asLong());
        Http.Answer badClose = coordinator.post("/api/registry/courses/" + code + "/status",
                Http.json("version", course.path("version").asInt(), "status", "closed"));
        assertEquals("closing needs a reason", 400, badClose.status());
        Http.Answer stale = coordinator.post("/api/registry/courses/" + code + "/status",
                Http.json("version", 1, "status", "paused"));
        assertEquals(409, stale.status());

        long other = fx.mentor(coordinator, "Avløser", null, null);
        Http.Answer reassigned = coordinator.post("/api/registry/courses/" + code + "/mentor", Http.json("version",
                course.path("version").asInt(), "mentorId", other, "reason", "Ny mentor etter flytting (fiktivt)"));
        assertEquals(reassigned.toString(), 200, reassigned.status());
        assertEquals(other, reassigned.json().path("mentorId").asLong());
        JsonNode last = reassigned.json().path("history").get(reassigned.json().path("history").size() - 1);
        assertEquals("mentor", last.path("event").asText());
        assertEquals(String.valueOf(good), last.path("from").asText());
        assertEquals(String.valueOf(other), last.path("to").asText());
        assertEquals(1, fx.audited("action=course.reassign&recordId=" + code));
    }

    @Test
    public void networkMeetingsRecordAttendanceAndOnlyCoordinatorsAddThem() {
        long m = fx.mentor(coordinator, "Nettverk", null, null);
        Http.Answer created = coordinator.post("/api/registry/networks/meetings", Http.json("network", "midt", "date",
                LocalDate.now().toString(), "topic", "Erfaringsdeling (fiktivt)", "attendees", List.of(m)));
        assertEquals(created.toString(), 201, created.status());
        assertEquals(m, created.json().path("attendees").get(0).asLong());
        Http.Answer bad = coordinator.post("/api/registry/networks/meetings", Http.json("network", "west",
                "topic", "x", "attendees", List.of(-1)));
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.body().contains("network") && bad.body().contains("date")
                && bad.body().contains("attendees[0]"));
        Http mentor = fx.as(fx.user("mentor"));
        assertEquals(403, mentor.post("/api/registry/networks/meetings", Http.json("network", "midt", "date",
                LocalDate.now().toString(), "topic", "x")).status());
    }

    /**
     * Issue 16, item 3: attendance is personal data. A mentor sees their own attendance, a supervisor that of the
     * mentors they supervise, coordinators and admins all of it; every mentor listed every attendee before.
     */
    @Test
    public void networkMeetingAttendanceIsShownOnNeedToKnow() {
        String mentorA = fx.user("mentor");
        String mentorB = fx.user("mentor");
        String supervisor = fx.user("supervisor");
        long a = fx.mentor(coordinator, "Deltaker A", fx.userId(mentorA), fx.userId(supervisor));
        long b = fx.mentor(coordinator, "Deltaker B", fx.userId(mentorB), null);
        long c = fx.mentor(coordinator, "Deltaker C", null, null);
        Http.Answer created = coordinator.post("/api/registry/networks/meetings", Http.json("network", "nord", "date",
                LocalDate.now().toString(), "topic", "Nettverksmøte (fiktivt)", "attendees", List.of(a, b, c)));
        assertEquals(created.toString(), 201, created.status());
        long meeting = created.json().path("id").asLong();

        assertEquals(Set.of(a), attendees(fx.as(mentorA), meeting));
        assertEquals(Set.of(b), attendees(fx.as(mentorB), meeting));
        assertEquals(Set.of(a), attendees(fx.as(supervisor), meeting));
        assertEquals(Set.of(), attendees(fx.as(fx.user("mentor")), meeting));
        assertEquals(Set.of(a, b, c), attendees(coordinator, meeting));
        assertEquals(Set.of(a, b, c), attendees(fx.admin, meeting));
    }

    private static Set<Long> attendees(Http caller, long meeting) {
        Http.Answer list = caller.get("/api/registry/networks/meetings");
        assertEquals(list.toString(), 200, list.status());
        Set<Long> seen = new HashSet<>();
        list.json().forEach(m -> {
            if (m.path("id").asLong() == meeting) {
                m.path("attendees").forEach(x -> seen.add(x.asLong()));
            }
        });
        return seen;
    }

    @Test
    public void aStepGuardHoldsActivationWith409ListingTheHolds() {
        long m = fx.mentor(coordinator, "Vakt", null, null);
        String code = RegistryFixture.caseCode();
        JsonNode confirmed = coordinator.post("/api/registry/match/confirm",
                RegistryFixture.json(Map.of("need", RegistryFixture.need(code), "mentorId", m))).json();
        List<String> seen = new ArrayList<>();
        StepGuard guard = step -> {
            seen.add(step.module() + "/" + step.recordType() + "/" + step.recordId() + "/" + step.step());
            return step.recordId().equals(code)
                    ? List.of(new Hold("ethics", "checklist-unsigned", "The ethics checklist is not signed."))
                    : List.of();
        };
        Dictionary<String, Object> props = new Hashtable<>();
        ServiceRegistration<StepGuard> reg = context.registerService(StepGuard.class, guard, props);
        String activate = Http.json("version", confirmed.path("version").asInt(), "status", "active");
        try {
            Http.Answer held = coordinator.post("/api/registry/courses/" + code + "/status", activate);
            assertEquals(held.toString(), 409, held.status());
            assertTrue(held.body(), held.body().contains("The ethics checklist is not signed."));
            assertTrue(held.body(), held.body().contains("checklist-unsigned"));
            assertEquals(List.of("registry/course/" + code + "/activate"), seen);
            assertEquals("matching", coordinator.get("/api/registry/courses/" + code).json().path("status").asText());
        } finally {
            reg.unregister();
        }
        Http.Answer ok = coordinator.post("/api/registry/courses/" + code + "/status", activate);
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("active", ok.json().path("status").asText());
    }

    @Test
    public void subjectDirectoryHonoursAccessAndAuditsLookups() {
        SubjectDirectory directory = Services.await(context, SubjectDirectory.class, Duration.ofSeconds(30));
        String mentorA = fx.user("mentor");
        String mentorB = fx.user("mentor");
        long a = fx.mentor(coordinator, "Subjekt A", fx.userId(mentorA), null);
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, a);

        UserPrincipal coord = principal("coord-it", 1L, Role.COORDINATOR);
        Subject s = directory.find(coord, code.toLowerCase()).orElseThrow();
        assertEquals(code, s.caseCode());
        assertEquals("active", s.status());
        assertEquals(Set.of(fx.userId(mentorA)), s.mentorUserIds());
        assertTrue(directory.search(coord, "ITS-2026", 100).stream().anyMatch(x -> x.caseCode().equals(code)));

        assertTrue(directory.find(principal(mentorA, fx.userId(mentorA), Role.MENTOR), code).isPresent());
        UserPrincipal other = principal(mentorB, fx.userId(mentorB), Role.MENTOR);
        assertFalse("another mentor does not find it", directory.find(other, code).isPresent());
        assertTrue(directory.search(other, "ITS", 100).isEmpty());
        // Lookups decide access for other modules and are not what anyone saw: the module audits what it shows.
        assertEquals(0, fx.audited("action=subject.find&recordId=" + code));
        assertEquals(0, fx.audited("action=subject.miss&recordId=" + code + "&actor=" + mentorB));
    }

    @Test
    public void coordinatorsListLinkableAccountsAndMentorsAreRefused() {
        String mentor = fx.user("mentor");
        String gone = fx.user("mentor");
        String supervisor = fx.user("supervisor");
        Http.Answer off = fx.admin.send("PATCH", "/api/users/" + gone, Http.json("enabled", false), "application/json");
        assertEquals(off.toString(), 200, off.status());

        Http.Answer mentors = coordinator.get("/api/registry/accounts?role=mentor");
        assertEquals(mentors.toString(), 200, mentors.status());
        List<String> names = new ArrayList<>();
        mentors.json().forEach(a -> names.add(a.path("username").asText()));
        assertTrue(names.toString(), names.contains(mentor));
        assertFalse("disabled accounts are left out", names.contains(gone));
        assertFalse("only the asked role", names.contains(supervisor));
        mentors.json().forEach(a -> {
            if (a.path("username").asText().equals(mentor)) {
                assertEquals(fx.userId(mentor), a.path("userId").asLong());
                assertEquals("Fictional mentor", a.path("displayName").asText());
                assertTrue("nothing beyond id and names", a.path("roles").isMissingNode() && a.path("enabled").isMissingNode());
            }
        });
        List<String> supervisors = new ArrayList<>();
        coordinator.get("/api/registry/accounts?role=supervisor").json()
                .forEach(a -> supervisors.add(a.path("username").asText()));
        assertTrue(supervisors.toString(), supervisors.contains(supervisor));

        assertEquals(400, coordinator.get("/api/registry/accounts?role=admin").status());
        assertEquals(400, coordinator.get("/api/registry/accounts").status());
        assertEquals("mentors may not list accounts", 403, fx.as(mentor).get("/api/registry/accounts?role=mentor").status());
        assertEquals(403, fx.as(supervisor).get("/api/registry/accounts?role=mentor").status());
        assertTrue("the read is audited", fx.audited("action=read&recordType=account") >= 2);
    }

    private static UserPrincipal principal(String name, long id, Role role) {
        return new UserPrincipal(id, name, name, Set.of(role), "127.0.0.1");
    }
}
