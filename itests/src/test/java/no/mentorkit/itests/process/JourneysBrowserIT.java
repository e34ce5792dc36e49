package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;

/**
 * The main journeys across modules, end to end in real headless Chromium against one running distribution, each
 * through the UI only (the API sets up users and the fictional mentors and courses the journeys start from). The
 * ethics start checklist stays required as shipped, so the first journey includes the mentor's signature and the
 * coordinator's countersignature before the course can become active. Each journey keeps a screenshot of its last
 * page in {@code target/screenshots/journey-<n>-<name>.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysBrowserIT {

    private static final String ADMIN_PASSWORD = "Test-only-journeys-admin-1";
    private static final String PASSWORD = "Fictional-journey-pass-1";
    private static final String COORDINATOR = "jrn-koordinator";
    private static final String MATCH_MENTOR = "jrn-matchmentor";
    private static final String LIBRARY_MENTOR = "jrn-sjekkmentor";
    private static final String FORM_MENTOR = "jrn-skjemamentor";
    private static final String MATCH_MENTOR_NAME = "Ingrid Matchvik (fiktiv)";
    private static final String NEW_CASE = "JRN-2026-001";
    private static final String CHECKLIST_CASE = "JRN-2026-002";
    private static final String FORM_CASE = "JRN-2026-003";
    private static final String FORM_FILE = "journey-followup.form.json";

    private Distribution dist;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("journeys", Map.of("MENTORKIT_ADMIN_PASSWORD", ADMIN_PASSWORD));
        dist.setProperty("etc/no.mentorkit.ethics.cfg", "requiredOnFirstStart", "course-start");
        dist.start();
        admin = dist.http().basic("admin", ADMIN_PASSWORD);
        // The REST application is republished as module resources arrive at start: wait for every module's.
        long up = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String path : List.of("/api/registry/mentors", "/api/ethics/requirements", "/api/assessment/forms",
                "/api/library/search?q=x")) {
            while (admin.get(path).status() != 200 && System.nanoTime() < up) {
                Thread.sleep(200);
            }
            assertEquals(200, admin.get(path).status(), path);
        }
        // The starter library is indexed in the background at first start; the journeys search it.
        while (admin.get("/api/library/search?q=fremmedkrigere").json().path("total").asInt() == 0
                && System.nanoTime() < up) {
            Thread.sleep(200);
        }
        user(COORDINATOR, "coordinator");
        // Three mentors with logins, each with a fictional course already open: the first is the one the
        // coordinator matches in journey 1; the others are further candidates there and the mentors of journeys 2, 3.
        FictionalCourse.open(admin, "Ingrid Matchvik", user(MATCH_MENTOR, "mentor"), "JRN-2026-010");
        FictionalCourse.open(admin, "Per Sjekkland", user(LIBRARY_MENTOR, "mentor"), CHECKLIST_CASE);
        FictionalCourse.open(admin, "Kari Skjemaberg", user(FORM_MENTOR, "mentor"), FORM_CASE);
    }

    @AfterAll
    void stop() {
        if (dist != null) {
            dist.close();
        }
    }

    private long user(String username, String role) {
        Http.Answer a = admin.post("/api/users", Http.json("username", username, "displayName", username + " (fiktiv)",
                "roles", List.of(role), "password", PASSWORD));
        assertEquals(201, a.status(), a.toString());
        return admin.get("/api/users/" + username).json().path("id").asLong();
    }

    /** A browser signed in as the user, on the home page. */
    private Browser signedIn(String username, String password) {
        Browser b = new Browser();
        b.open(dist.baseUrl() + "/");
        b.signIn(username, password);
        return b;
    }

    private static WebDriverWait waiting(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(15));
    }

    /** Follows the main navigation to a module, as a user clicks it. */
    private static void openModule(Browser b, String module) {
        b.await("#nav a[data-module=" + module + "]").click();
        waiting(b).until(ExpectedConditions.attributeToBe(By.cssSelector("#nav a[data-module=" + module + "]"),
                "aria-current", "page"));
    }

    /** Answers a checklist item by item ("item=value"), in the order given: an answer may reveal the next item. */
    private static void answerChecklist(Browser b, String... answers) {
        for (String answer : answers) {
            String[] itemValue = answer.split("=", 2);
            b.await("[data-test='choice-" + itemValue[0] + "-" + itemValue[1] + "']").click();
        }
    }

    private static boolean shown(Browser b, String id) {
        return b.driver().findElement(By.id(id)).isDisplayed();
    }

    @Test
    @Order(1)
    void coordinatorMatchesAMentorAndOpensACourse() {
        long mentorId = mentorIdOf(MATCH_MENTOR_NAME);
        try (Browser coordinator = signedIn(COORDINATOR, PASSWORD)) {
            // The referral: a pseudonymous case code and the need, on the matching page.
            openModule(coordinator, "registry");
            coordinator.await("[data-test=registry-nav-match]").click();
            coordinator.await("#caseCode").sendKeys(NEW_CASE);
            new Select(coordinator.await("#targetGroup")).selectByValue("at-risk");
            new Select(coordinator.await("#level")).selectByValue("individual");
            coordinator.await("#languages").sendKeys("nb");
            coordinator.await("#municipality").sendKeys("Bergen");
            coordinator.await("#notes").sendKeys("Henvist fra skolen (fiktivt)");
            coordinator.await("#registry-match-run").click();

            // The proposals, each with its reasons; the coordinator confirms the one for this case.
            WebElement proposal = coordinator.await("#registry-candidates li[data-candidate='" + mentorId + "']");
            assertEquals(3, coordinator.driver().findElements(By.cssSelector("#registry-candidates li.card")).size(),
                    "the three fictional mentors are proposed");
            assertTrue(proposal.getText().contains(MATCH_MENTOR_NAME), proposal.getText());
            List<WebElement> reasons = proposal.findElements(By.cssSelector(".registry-reasons li"));
            assertFalse(reasons.isEmpty(), "each proposal gives its reasons");
            String why = proposal.findElement(By.cssSelector(".registry-reasons")).getText();
            assertTrue(why.contains("Språk") && why.contains("Sted"), why);
            proposal.findElement(By.cssSelector("button[data-test=confirm-" + mentorId + "]")).click();

            // The course page: in matching, held there until the start checklist is signed and countersigned.
            waiting(coordinator).until(ExpectedConditions.textToBe(By.id("registry-course-heading"),
                    "Mentorløp " + NEW_CASE));
            assertEquals("Matching", coordinator.await("#registry-course-status-value").getText());
            coordinator.await("[data-test=status-active]").click();
            // The hold is shown once, in the coordinator's language (bokmål), and the status stays.
            WebElement held = coordinator.await("#registry-course-error");
            assertEquals("Løpet kan ikke bli aktivt ennå:\nOppstartssjekklisten er ikke signert av mentoren og "
                    + "kontrasignert av koordinatoren. Det gjøres i Etikk-modulen.", held.getText(),
                    "the coordinator is told why the course is held, in bokmål and once");
            assertEquals("Matching", coordinator.await("#registry-course-status-value").getText());
            coordinator.screenshot("journey-1-held-until-the-start-checklist-is-countersigned");

            mentorSignsTheStartChecklist();

            // The coordinator, still signed in, countersigns from the due list.
            openModule(coordinator, "ethics");
            coordinator.await("[data-test=due-countersign-" + NEW_CASE + "] a[data-test^=due-open]").click();
            coordinator.await("#ethics-status[data-status=signed]");
            coordinator.await("#ethics-countersign").click();
            coordinator.await("#ethics-status[data-status=countersigned]");

            // Back in the registry the course becomes active, with the matched mentor.
            openModule(coordinator, "registry");
            coordinator.await("[data-test=registry-nav-courses]").click();
            coordinator.await("#registry-courses tr[data-course='" + NEW_CASE + "'] a").click();
            waiting(coordinator).until(ExpectedConditions.textToBe(By.id("registry-course-status-value"), "Matching"));
            coordinator.await("[data-test=status-active]").click();
            waiting(coordinator).until(ExpectedConditions.textToBe(By.id("registry-course-status-value"), "Aktiv"));
            WebElement details = coordinator.await("#registry-course-details");
            assertTrue(details.getText().contains(MATCH_MENTOR_NAME), details.getText());
            assertTrue(coordinator.await("#registry-history").getText().contains("Aktiv"));
            assertTrue(coordinator.await("#registry-session-form").isDisplayed(), "an active course logs sessions");
            coordinator.screenshot("journey-1-coordinator-matches-and-opens-a-course");
        }
        JsonNode course = admin.get("/api/registry/courses/" + NEW_CASE).json();
        assertEquals("active", course.path("status").asText());
        assertEquals(mentorId, course.path("mentorId").asLong());
    }

    private long mentorIdOf(String name) {
        for (JsonNode m : admin.get("/api/registry/mentors").json()) {
            if (name.equals(m.path("name").asText())) {
                return m.path("id").asLong();
            }
        }
        throw new AssertionError("No mentor " + name);
    }

    /** The matched mentor, in a browser of their own, starts the required checklist from the due list and signs it. */
    private void mentorSignsTheStartChecklist() {
        try (Browser mentor = signedIn(MATCH_MENTOR, PASSWORD)) {
            openModule(mentor, "ethics");
            mentor.await("[data-test=due-start-checklist-" + NEW_CASE + "] button").click();
            mentor.await("#ethics-fill");
            answerChecklist(mentor, "police-certificate-seen=true", "mentor-trained=true", "supervision-arranged=true",
                    "commission-agreement=true", "under-18=false", "told-what-recorded=true", "told-confidentiality=true",
                    "legal-basis=consent", "consent-recorded=true", "case-code=true", "documentation-routine=true");
            assertFalse(shown(mentor, "item-guardians-informed"), "asked only about a mentee under 18");
            mentor.await("#ethics-sign").click();
            mentor.await("#ethics-status[data-status=signed]");
            assertTrue(mentor.await("#ethics-signed-by").getText().contains(MATCH_MENTOR));
        }
    }

    @Test
    @Order(2)
    void mentorSearchesTheLibraryAndCompletesAChecklist() {
        try (Browser mentor = signedIn(LIBRARY_MENTOR, PASSWORD)) {
            // An inflected Norwegian word finds resources on its other forms too.
            openModule(mentor, "library");
            mentor.await("#library-q").sendKeys("fremmedkrigere");
            mentor.await("#library-submit").click();
            WebElement mark = mentor.await("#library-results mark");
            assertTrue(mark.getText().toLowerCase().startsWith("fremmedkrig"), mark.getText());
            WebElement hit = mentor.await("#library-results a[data-test=hit]");
            String title = hit.getText();
            hit.click();
            waiting(mentor).until(ExpectedConditions.textToBe(By.id("library-doc-title"), title));
            assertTrue(mentor.await("#library-doc").getText().toLowerCase().contains("fremmedkrig"));
            mentor.await("#library-similar");

            // Then the checklist after a session of the mentor's course, item by item, and the signature.
            openModule(mentor, "ethics");
            new Select(mentor.await("#ethics-subject-type")).selectByValue("course");
            mentor.await("#ethics-case").sendKeys(CHECKLIST_CASE);
            new Select(mentor.await("#ethics-checklist")).selectByValue("course-session");
            mentor.await("#ethics-start").click();
            mentor.await("#ethics-fill");
            assertTrue(mentor.await("#main").getText().contains("Etter hver samtale"));
            answerChecklist(mentor, "safe-place-time=true", "someone-knew=true", "risk-of-harm=false",
                    "boundaries-kept=true", "dual-relationship=false", "gifts=symbolic", "digital-contact=approved",
                    "for-supervision=true", "duty-to-avert=false", "session-documented=true");
            mentor.await("#comment-for-supervision").sendKeys("Grensesetting tas opp i neste veiledning (fiktivt)");
            assertFalse(shown(mentor, "item-risk-followed-up"), "no risk of harm, no follow-up question");
            assertFalse(shown(mentor, "item-gift-handled"), "a symbolic gift needs no handling");
            assertFalse(shown(mentor, "item-duty-to-avert-acted"));
            mentor.await("#ethics-sign").click();

            WebElement status = mentor.await("#ethics-status[data-status=signed]");
            assertEquals("Signert", status.getText());
            assertTrue(mentor.await("#ethics-signed-by").getText().contains("Signert av " + LIBRARY_MENTOR));
            assertTrue(mentor.await("#main").getText().contains(CHECKLIST_CASE));
            assertTrue(mentor.await("#comment-for-supervision").getAttribute("value").contains("Grensesetting"));
            mentor.screenshot("journey-2-mentor-searches-the-library-and-signs-a-checklist");
        }
    }

    @Test
    @Order(3)
    void adminHotDeploysAFormAndAMentorFillsItIn() throws Exception {
        try (Browser mentor = signedIn(FORM_MENTOR, PASSWORD)) {
            // The mentor is signed in and on the assessment page before the form exists.
            openModule(mentor, "assessment");
            mentor.await("#new-form");
            assertTrue(mentor.driver().findElements(By.cssSelector("#new-form option[value=journey-followup]")).isEmpty());

            adminUploadsTheForm();

            // Without signing in again: the next visit to the page offers the new form.
            mentor.await("#nav a[data-nav=home]").click();
            openModule(mentor, "assessment");
            mentor.await("#new-form option[value=journey-followup]");
            assertTrue(mentor.driver().findElements(By.id("login-form")).stream().noneMatch(WebElement::isDisplayed));
            mentor.await("#new-case").sendKeys(FORM_CASE);
            new Select(mentor.await("#new-form")).selectByValue("journey-followup");
            mentor.await("#new-start").click();

            mentor.await("[data-test=item-attended]");
            assertTrue(mentor.await("#main").getText().contains("Oppfølging etter samtale (fiktiv) – " + FORM_CASE));
            click(mentor, "[data-test=choice-attended-true]");
            click(mentor, "[data-test=choice-setting-outdoors]");
            mentor.await("#f-changes").sendKeys("Har begynt på et fritidstilbud (fiktivt)");
            click(mentor, "[data-test=choice-everyday-medium]");
            click(mentor, "[data-test=judgement-low]");
            mentor.await("#judgement-formulation").sendKeys("Fiktiv begrunnelse: god kontakt, stabil hverdag.");
            mentor.await("#save-draft").click();
            waiting(mentor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("fill-status"),
                    "Utkastet er lagret."));
            mentor.await("#submit-assessment").click();

            WebElement report = mentor.await("#assessment-report");
            assertTrue(report.getText().contains("Oppfølging etter samtale (fiktiv) – " + FORM_CASE), report.getText());
            assertTrue(report.getText().contains("Levert"), report.getText());
            assertEquals("Ja", mentor.await("[data-test=report-attended]").getText());
            assertEquals("Ute, på tur", mentor.await("[data-test=report-setting]").getText());
            assertEquals("Har begynt på et fritidstilbud (fiktivt)", mentor.await("[data-test=report-changes]").getText());
            assertEquals("Noe stabil", mentor.await("[data-test=report-everyday]").getText());
            assertTrue(mentor.await("#report-judgement").getText().contains("Lite bekymring"));
            mentor.screenshot("journey-3-admin-deploys-a-form-and-a-mentor-fills-it-in");
        }
        JsonNode mine = dist.http().basic(FORM_MENTOR, PASSWORD).get("/api/assessment/assessments").json();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("journey-followup", mine.get(0).path("formId").asText(), mine.toString());
    }

    /** The admin, in a browser of their own, uploads the definition on the forms page and publishes it at once. */
    private void adminUploadsTheForm() throws Exception {
        Path dir = Files.createTempDirectory("mentorkit-journey-");
        Path file = dir.resolve(FORM_FILE);
        try (InputStream in = getClass().getResourceAsStream("/forms/" + FORM_FILE)) {
            Files.write(file, in.readAllBytes());
        }
        try (Browser adminBrowser = signedIn("admin", ADMIN_PASSWORD)) {
            openModule(adminBrowser, "assessment");
            adminBrowser.await("#forms-link").click();
            adminBrowser.await("#upload-form");
            adminBrowser.driver().findElement(By.id("upload-file")).sendKeys(file.toString());
            adminBrowser.await("#upload-publish").click();
            adminBrowser.await("#upload-form button[type=submit]").click();
            WebElement row = adminBrowser.await("[data-test='form-journey-followup-1.0.0']");
            assertTrue(row.getText().contains("Publisert"), row.getText());
            assertTrue(adminBrowser.await("#deployments-table").getText().contains(FORM_FILE));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /** Clicks through script: the renderer's radio inputs sit under their styled labels. */
    private static void click(Browser b, String css) {
        b.driver().executeScript("arguments[0].click();",
                waiting(b).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))));
    }
}
