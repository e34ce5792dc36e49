package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;

/**
 * The retention page in a real browser: an admin shortens the rule for closed courses, sees the preview count the
 * one closed course, holds it with a legal hold (the preview drops to nothing), lifts the hold and runs the
 * deletion, after which the course is gone. The page is read in bokmål, nynorsk and English: each kind and event
 * in words, no code and, on the Norwegian pages, no English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionBrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-7";
    private static final String CASE = "SLT-2026-001";
    /** Codes the API gives that must never reach the page as they are. */
    private static final List<String> CODES = List.of("closed-courses", "course-closed", "supervision-held",
            "completion-changed", "last-disclosure", "assessment-changed", "DELETE", "KEEP", "ANONYMISE", "undefined");
    /** English words of the page that would betray a missing bokmål or nynorsk label. */
    private static final List<String> ENGLISH = List.of("Delete", "Keep", "Records", "Retention", "Legal hold",
            "Counted from", "Default", "must be", "Closed courses");

    private Distribution dist;
    private Browser browser;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("retention-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        admin = dist.http().basic("admin", PASSWORD);
        long up = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((admin.get("/api/admin/retention").status() != 200 || admin.get("/api/registry/mentors").status() != 200)
                && System.nanoTime() < up) {
            Thread.sleep(200);
        }
        Http.Answer user = admin.post("/api/users", Http.json("username", "slett-mentor", "displayName",
                "Slettementor (fiktiv)", "roles", List.of("mentor"), "password", "fictional-heron-password-7"));
        assertEquals(201, user.status(), user.toString());
        FictionalCourse.open(admin, "Slettementor", user.json().path("id").asLong(), CASE);
        JsonNode course = admin.get("/api/registry/courses/" + CASE).json();
        Http.Answer closed = admin.post("/api/registry/courses/" + CASE + "/status", Http.json("version",
                course.path("version").asInt(), "status", "closed", "reason", "Målene er nådd (fiktivt)"));
        assertEquals(200, closed.status(), closed.toString());
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (dist != null) {
            dist.close();
        }
    }

    @Test
    void anAdminPreviewsHoldsAndRunsDeletionInThreeLanguages() {
        browser.open(dist.baseUrl() + "/");
        browser.signIn("admin", PASSWORD);
        coursePageSaysWhenItWillBeDeleted();
        browser.await("[data-nav=retention]").click();
        browser.awaitHeading("Sletting og oppbevaring");
        WebElement row = courseRow();
        assertTrue(row.getText().contains("Avsluttede mentorløp"), row.getText());
        assertTrue(row.getText().contains("løpet ble avsluttet"), row.getText());
        assertTrue(row.getText().contains("Ingenting"), "nothing closed today is due under the default: " + row.getText());
        readsAsItShould("nb", ENGLISH);

        // A rule out of range is refused in bokmål, naming the field and the range; nothing is saved.
        setRule("99999");
        WebElement error = browser.await("#retention-error");
        wait(d -> error.getText().contains("3653"));
        assertTrue(error.getText().contains("Dager: må være et tall fra 0 til 3653"), error.getText());
        assertFalse(error.getText().contains("must"), error.getText());

        setRule("0");
        wait(d -> courseRow().getText().contains("1 slettes"));
        assertTrue(courseRow().getText().contains("Satt av virksomheten"), courseRow().getText());

        new Select(browser.await("#retention-subject-kind")).selectByValue("case");
        browser.await("#retention-subject-key").sendKeys(CASE);
        browser.await("#retention-reason").sendKeys("Saken er til behandling i retten (fiktivt)");
        browser.await("#retention-hold-form button[type=submit]").click();
        wait(d -> browser.driver().findElement(By.id("retention-holds")).getText().contains(CASE));
        wait(d -> courseRow().getText().contains("Ingenting"));
        browser.screenshot("retention-hold");

        browser.await("#retention-holds button[data-action=lift]").click();
        wait(d -> browser.driver().findElement(By.id("retention-holds")).getText().contains("Ingen pålegg gjelder nå"));
        wait(d -> courseRow().getText().contains("1 slettes"));
        browser.await("#retention-run").click();
        WebElement done = browser.await("#retention-run-done");
        assertTrue(done.getText().contains("1 poster er slettet"), done.getText());
        assertEquals(404, admin.get("/api/registry/courses/" + CASE).status(), "the run deleted the closed course");
        browser.screenshot("retention-run");

        new Select(browser.await("#lang-select")).selectByValue("nn");
        browser.awaitHeading("Sletting og oppbevaring");
        wait(d -> courseRow().getText().contains("Avslutta mentorløp"));
        readsAsItShould("nn", ENGLISH);
        new Select(browser.await("#lang-select")).selectByValue("en");
        browser.awaitHeading("Retention and deletion");
        wait(d -> courseRow().getText().contains("Closed courses with their sessions and history"));
        readsAsItShould("en", List.of());
        browser.screenshot("retention-english");
    }

    /** The closed course's page gives the day the default rule deletes it, as a Norwegian date. */
    private void coursePageSaysWhenItWillBeDeleted() {
        browser.open(dist.baseUrl() + "/#/m/registry?page=course&code=" + CASE);
        String text = browser.await("#registry-course-retention").getText();
        String year = String.valueOf(LocalDate.now().plusDays(1825).getYear());
        assertTrue(text.startsWith("Slettes ") && text.contains(year), text);
        assertTrue(List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "desember").stream().anyMatch(text::contains), "a Norwegian month: " + text);
    }

    private WebElement courseRow() {
        return browser.await("#retention-table tr[data-module=registry][data-kind=closed-courses]");
    }

    private void setRule(String days) {
        WebElement input = courseRow().findElement(By.cssSelector("input[name=keepDays]"));
        input.clear();
        input.sendKeys(days);
        new Select(courseRow().findElement(By.cssSelector("select[name=action]"))).selectByValue("DELETE");
        courseRow().findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void readsAsItShould(String lang, List<String> english) {
        wait(d -> !browser.driver().findElement(By.id("retention-table")).getText().isBlank());
        String text = browser.driver().findElement(By.id("main")).getText();
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        for (String code : CODES) {
            assertFalse(text.contains(code), lang + " page shows the code " + code + ":\n" + text);
        }
        for (String word : english) {
            assertFalse(text.contains(word), lang + " page shows English '" + word + "':\n" + text);
        }
    }

    private void wait(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(
                StaleElementReferenceException.class).until(condition);
    }
}
