package no.mentorkit.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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

/**
 * Access for the data subject (GDPR art. 15): a mentor gets their profile, supervision and courses and who read the
 * profile, the checklists and assessments they wrote; an admin gets the same on their behalf; nobody else does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonalDataIT {

    @Configuration
    public Option[] config() {
        return MentorkitContainer.options();
    }

    @Inject
    private BundleContext context;

    private RegistryFixture fx;
    private Http coordinator;
    private String coordinatorName;

    @Before
    public void connect() {
        fx = new RegistryFixture(context);
        coordinatorName = fx.user("coordinator");
        coordinator = fx.as(coordinatorName);
    }

    @Test
    public void aMentorGetsEverythingHeldAboutThemAndWhoReadIt() {
        String mentorUser = fx.user("mentor");
        long userId = fx.userId(mentorUser);
        long mentor = fx.mentor(coordinator, "Innsynsprøve (fiktiv)", userId, null);
        String code = RegistryFixture.caseCode();
        fx.course(coordinator, code, mentor);
        assertEquals(200, coordinator.get("/api/registry/mentors/" + mentor).status());
        int guideline = fx.as(mentorUser).get("/api/ethics/guidelines").json().path("version").asInt();
        assertEquals(200, fx.as(mentorUser).post("/api/ethics/guidelines/" + guideline + "/accept", "").status());

        long checklist = EthicsChecks.start(fx.as(mentorUser), "course:" + code, "course-start").path("summary")
                .path("id").asLong();
        long assessment = AssessmentChecks.create(fx.as(mentorUser), code, "progress-review").path("id").asLong();

        Http.Answer mine = fx.as(mentorUser).get("/api/personal-data");
        assertEquals(mine.toString(), 200, mine.status());
        JsonNode export = mine.json();
        assertEquals(mentorUser, export.path("account").path("username").asText());
        JsonNode registry = export.path("modules").path("registry").get(0);
        assertEquals(mentor, registry.path("mentor").path("id").asLong());
        assertEquals(1, registry.path("supervision").size());
        assertEquals(code, registry.path("courses").get(0).path("caseCode").asText());
        assertEquals(guideline, export.path("modules").path("ethics").path("guidelinesAccepted").get(0)
                .path("version").asInt());
        JsonNode completion = export.path("modules").path("ethics").path("checklists").get(0);
        assertEquals("the checklist they started", checklist, completion.path("id").asLong());
        assertTrue("named by its title in every language", completion.path("title").path("nn").isTextual());
        assertFalse("its answers stay with the checklist", completion.has("answers"));
        JsonNode written = export.path("modules").path("assessment").path("assessments").get(0);
        assertEquals("the assessment they wrote", assessment, written.path("id").asLong());
        assertEquals(code, written.path("caseCode").asText());
        assertFalse("its answers stay with the assessment", written.has("answers"));
        boolean readByCoordinator = false;
        for (JsonNode r : export.path("readBy")) {
            readByCoordinator |= r.path("recordId").asText().equals(String.valueOf(mentor))
                    && r.path("actor").asText().equals(coordinatorName);
        }
        assertTrue(export.path("readBy").toString(), readByCoordinator);

        Http.Answer onBehalf = fx.admin.get("/api/personal-data/" + userId);
        assertEquals(200, onBehalf.status());
        assertEquals(mentor, onBehalf.json().path("modules").path("registry").get(0).path("mentor").path("id").asLong());
        assertEquals(403, fx.as(fx.user("mentor")).get("/api/personal-data/" + userId).status());
        assertEquals(403, coordinator.get("/api/personal-data/" + userId).status());
        assertEquals(404, fx.admin.get("/api/personal-data/987654321").status());

        JsonNode someoneElse = fx.as(fx.user("mentor")).get("/api/personal-data").json();
        assertFalse("another mentor's export holds none of it", someoneElse.toString().contains(code));
        assertEquals("the mentor's and the admin's exports", 2, fx.admin.get("/api/audit?module=platform&action=personal-data.export&recordId=" + userId)
                .json().path("total").asLong());
    }
}
