package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The ethics pages in a real browser, with the shipped requirement (the start checklist is required): a mentor
 * fills in and signs the start checklist of a registry course, a coordinator countersigns it from the due list and
 * records a disclosure, which shows with its legal basis in the course report; the course can then become active.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EthicsBrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-3";
    private static final String USER_PASSWORD = "fictional-walrus-password-3";
    private static final String CASE = "ETK-2026-001";

    private Distribution dist;
    private Browser browser;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("ethics-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.setProperty("etc/no.mentorkit.ethics.cfg", "requiredOnFirstStart", "course-start");
        dist.start();
        admin = dist.http().basic("admin", PASSWORD);
        long up = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((admin.get("/api/ethics/requirements").status() != 200 || admin.get("/api/registry/mentors").status() != 200)
                && System.nanoTime() < up) {
            Thread.sleep(200);
        }
        for (String[] u : new String[][] {{"etikk-mentor", "mentor"}, {"etikk-koordinator", "coordinator"}}) {
            Http.Answer a = admin.post("/api/users", Http.json("username", u[0], "displayName", u[0] + " (fiktiv)",
                    "roles", List.of(u[1]), "password", USER_PASSWORD));
            assertEquals(201, a.status(), a.toString());
        }
        FictionalCourse.open(admin, "Etikkmentor", admin.get("/api/users/etikk-mentor").json().path("id").asLong(), CASE);
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

    private Http.Answer activate(Http coordinator) {
        int version = coordinator.get("/api/registry/courses/" + CASE).json().path("version").asInt();
        return coordinator.post("/api/registry/courses/" + CASE + "/status", Http.json("version", version, "status",
                "active"));
    }

    @Test
    void mentorSignsCoordinatorCountersignsAndADisclosureShowsInTheReport() {
        Http coordinator = dist.http().basic("etikk-koordinator", USER_PASSWORD);
        assertEquals(409, activate(coordinator).status(), "held until the start checklist is countersigned");

        browser.open(dist.baseUrl() + "/");
        browser.signIn("etikk-mentor", USER_PASSWORD);
        browser.open(dist.baseUrl() + "/#/m/ethics");
        browser.await("#ethics-guideline-banner");
        browser.await("[data-test=due-start-checklist-" + CASE + "]");
        new Select(browser.await("#ethics-subject-type")).selectByValue("course");
        browser.await("#ethics-case").sendKeys(CASE);
        new Select(browser.await("#ethics-checklist")).selectByValue("course-start");
        browser.await("#ethics-start").click();
        browser.await("#ethics-fill");

        // Answer every item shown, in order; choosing "no" for under-18 keeps the guardian item hidden.
        JsonNode form = admin.get("/api/ethics/checklists/course-start/1.0.0").json();
        for (JsonNode section : form.path("sections")) {
            for (JsonNode item : section.path("items")) {
                String id = item.path("id").asText();
                String type = item.path("type").asText();
                if (type.equals("display") || !browser.driver().findElement(By.id("item-" + id)).isDisplayed()) {
                    continue;
                }
                String value = type.equals("yesno") ? (id.equals("under-18") ? "false" : "true")
                        : item.path("options").get(0).path("value").asText();
                browser.await("[data-test='choice-" + id + "-" + value + "']").click();
            }
        }
        browser.await("#comment-police-certificate-seen").sendKeys("Uttømmende politiattest sett (fiktivt)");
        assertTrue(!browser.driver().findElement(By.id("item-guardians-informed")).isDisplayed());
        browser.screenshot("ethics-checklist");
        browser.await("#ethics-sign").click();
        browser.await("#ethics-status[data-status=signed]");
        assertTrue(browser.await("#ethics-signed-by").getText().contains("etikk-mentor"));

        browser.await("#logout").click();
        browser.await("#login-form");
        browser.signIn("etikk-koordinator", USER_PASSWORD);
        browser.open(dist.baseUrl() + "/#/m/ethics");
        browser.await("[data-test=due-countersign-" + CASE + "] a[data-test^=due-open]").click();
        browser.await("#ethics-status[data-status=signed]");
        assertTrue(browser.await("#item-police-certificate-seen textarea").getAttribute("value")
                .contains("politiattest"));
        browser.await("#ethics-countersign").click();
        browser.await("#ethics-status[data-status=countersigned]");
        assertEquals(200, activate(coordinator).status(), "active once countersigned");

        browser.open(dist.baseUrl() + "/#/m/ethics?page=disclosures&course=" + CASE);
        browser.await("#d-recipient").sendKeys("Politiets radikaliseringskontakt (fiktiv)");
        browser.await("#d-what").sendKeys("Bekymring for planlagt vold (fiktivt)");
        new Select(browser.await("#d-legalBasis")).selectByValue("strl196-averting");
        browser.await("#ethics-disclosure-save").click();
        WebElement log = browser.await("#ethics-disclosures");
        assertTrue(log.getText().contains("straffeloven § 196"), log.getText());
        browser.await("#ethics-to-report").click();
        WebElement report = browser.await("#ethics-report");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ethics-report-disclosures")));
        assertTrue(report.getText().contains("Politiets radikaliseringskontakt (fiktiv)"), report.getText());
        assertTrue(report.getText().contains("Kontrasignert"), report.getText());
        // In the UI's language: roles, the registry's status and dates as Norwegians write them.
        assertTrue(report.getText().contains("(Koordinator)"), report.getText());
        assertTrue(report.getText().contains("Status i registeret: Aktiv"), report.getText());
        assertTrue(report.getText().matches("(?s).*Signert av etikk-mentor \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}.*"),
                report.getText());
        browser.screenshot("ethics-report");
    }
}
