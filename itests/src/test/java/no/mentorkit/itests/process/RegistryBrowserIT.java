package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.Required;

/** A coordinator in real headless Chromium on the demo bank: match, open a course from a proposal, log a session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserIT {

    private static final String PASSWORD = "Test-only-registry-admin-1";

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() {
        if (!Browser.available()) {
            Assumptions.abort(Required.unavailable("Chromium with chromedriver"));
        }
        dist = new Distribution("registry-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD, "MENTORKIT_DEMO", "true"));
        dist.start();
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void coordinatorMatchesOpensACourseAndLogsASession() {
        Http admin = dist.http().basic("admin", PASSWORD);
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (admin.get("/api/registry/mentors").status() != 200 && System.nanoTime() < end) {
            sleep(250);
        }
        assertTrue(admin.get("/api/registry/mentors").json().size() >= 60, "the demo bank is loaded");

        browser.open(dist.baseUrl() + "/");
        browser.await("#login-username").sendKeys("admin");
        browser.await("#login-password").sendKeys(PASSWORD);
        browser.await("#login-submit").click();
        browser.awaitHeading("Velkommen");

        browser.open(dist.baseUrl() + "/#/m/registry?page=match");
        browser.awaitHeading("Mentorregister");
        browser.await("#caseCode").sendKeys("BRW-2026-001");
        new Select(browser.await("#targetGroup")).selectByValue("returned-fighter");
        new Select(browser.await("#level")).selectByValue("family");
        browser.await("#languages").sendKeys("ar");
        browser.await("#interests").sendKeys("football");
        browser.await("#municipality").sendKeys("Bergen");
        browser.await("#registry-match-run").click();
        WebElement first = browser.await("#registry-candidates li");
        assertTrue(first.getText().contains("fiktiv"), first.getText());
        assertTrue(browser.await("#registry-excluded").getText().length() > 0, "exclusions are listed");
        browser.driver().executeScript("arguments[0].scrollIntoView()", first);
        browser.screenshot("registry-matching");

        first.findElement(By.cssSelector("button[data-test^=confirm-]")).click();
        browser.await("#registry-course-heading");
        assertTrue(browser.await("#registry-course-status-value").getText().contains("Matching"));
        browser.await("[data-test=status-active]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(
                By.cssSelector("#registry-course-status-value"), "Aktiv"));

        WebElement notes = browser.await("#registry-session-form #notes");
        notes.sendKeys("Første samtale (fiktiv)");
        browser.await("#registry-session-save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#registry-sessions"), "Første samtale (fiktiv)"));
        browser.screenshot("registry-course-session");

        assertEquals(1, admin.get("/api/registry/courses/BRW-2026-001").json().path("sessions").size());

        browser.await("#registry-course-details a").click();
        WebElement eligibility = browser.await("#registry-eligibility");
        assertTrue(eligibility.getText().contains("Politiattest"), eligibility.getText());
        browser.await("#sup-topics").sendKeys("Relasjonsbygging (fiktivt)");
        browser.await("#registry-supervision-form button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#registry-supervision"), "Relasjonsbygging (fiktivt)"));
        browser.screenshot("registry-mentor");

        browser.open(dist.baseUrl() + "/#/m/registry?page=mentors&network=nord");
        WebElement list = browser.await("#registry-mentors");
        assertTrue(list.getText().contains("Tromsø") || list.getText().contains("Bodø"), list.getText());
        assertTrue(!list.getText().contains("Bergen"), "the network filter applies");
    }
}
