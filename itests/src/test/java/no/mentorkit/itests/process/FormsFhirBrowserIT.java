package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

/**
 * An administrator at the real forms page: a shipped checklist exported as a FHIR Questionnaire, and that
 * Questionnaire, given a new id, pasted back in and published; a broken one refused with its FHIR path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsFhirBrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-22";

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("forms-fhir-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        Http admin = dist.http().basic("admin", PASSWORD);
        long up = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!admin.get("/api/forms").body().contains("\"course-start\"") && System.nanoTime() < up) {
            Thread.sleep(200);
        }
        assertTrue(admin.get("/api/forms").body().contains("\"course-start\""), "the shipped checklists are up");
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
    void anAdminExportsAChecklistAsFhirAndImportsItBack() {
        browser.open(dist.baseUrl() + "/");
        browser.signIn("admin", PASSWORD);
        browser.open(dist.baseUrl() + "/#/m/forms");

        browser.await("[data-test='fhir-course-start-1.0.0']").click();
        WebElement download = browser.await("#fhir-download");
        assertEquals("course-start-1.0.0.questionnaire.json", download.getAttribute("download"));
        assertTrue(browser.await("#fhir-export h3").getText().contains("FHIR Questionnaire"));
        String questionnaire = browser.await("#fhir-text").getAttribute("value");
        assertTrue(questionnaire.contains("\"resourceType\": \"Questionnaire\""), questionnaire);
        browser.screenshot("forms-fhir-export");

        paste(questionnaire.replaceFirst("\"id\": \"course-start\"", "\"id\": \"fhir-browser-copy\""), true);
        WebElement row = browser.await("[data-test='form-fhir-browser-copy-1.0.0']");
        assertTrue(row.getText().contains("Publisert"), row.getText());
        assertTrue(row.getText().contains("upload.questionnaire.json"), row.getText());

        paste(questionnaire.replaceFirst("\"id\": \"course-start\"", "\"id\": \"fhir-browser-broken\"")
                .replaceFirst("\"type\": \"boolean\"", "\"type\": \"attachment\""), false);
        WebElement error = browser.await("#upload-error");
        assertTrue(error.getText().contains("Questionnaire.item[0].item[0].type"), error.getText());
        browser.screenshot("forms-fhir-refused");
    }

    /** Pastes a Questionnaire into the upload form and sends it. */
    private void paste(String json, boolean publish) {
        browser.open(dist.baseUrl() + "/#/m/forms");
        WebElement text = browser.await("#upload-text");
        // Typing a long text key by key is slow: set it as the user's paste would.
        browser.driver().executeScript("arguments[0].value = arguments[1];", text, json);
        if (publish) {
            browser.await("#upload-publish").click();
        }
        browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    }
}
