package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;

/**
 * Access for the data subject in a real browser: a mentor opens "what we hold about you" from their account page
 * and reads their profile, supervision, course, checklist and assessment in bokmål, nynorsk and English, with the
 * coordinator's read of the profile listed; no code the API gives reaches the page, and the Norwegian pages have
 * no English. An admin reaches the same page for the mentor from the user list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataBrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-7";
    private static final String MENTOR_PASSWORD = "fictional-otter-password-7";
    private static final String CASE = "INN-2026-001";
    /** Codes the API gives that must never reach the page as they are. */
    private static final List<String> CODES = List.of("municipal-hours", "municipality", "matching",
            "course-start", "progress-review", "draft", "MENTOR", "undefined", "[object Object]", "[object HTMLElement]", "registry.", "ethics.", "assessment.");
    private static final List<String> ENGLISH = List.of("Profile", "Supervision", "Checklist", "Assessment",
            "Who has read", "Print", "Download");

    private Distribution dist;
    private Browser browser;
    private long mentorUserId;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("personal-data-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        Http admin = dist.http().basic("admin", PASSWORD);
        assertTrue(Http.await(() -> admin.get("/api/registry/mentors").status() == 200
                && admin.get("/api/assessment/forms").status() == 200, Duration.ofSeconds(90)), "modules up");
        Http.Answer user = admin.post("/api/users", Http.json("username", "innsyn-mentor", "displayName",
                "Innsynsmentor (fiktiv)", "roles", List.of("mentor"), "password", MENTOR_PASSWORD));
        assertEquals(201, user.status(), user.toString());
        mentorUserId = user.json().path("id").asLong();
        FictionalCourse.open(admin, "Innsynsmentor", mentorUserId, CASE);
        long mentorId = admin.get("/api/registry/courses/" + CASE).json().path("mentorId").asLong();
        assertEquals(200, admin.get("/api/registry/mentors/" + mentorId).status(), "the admin reads the profile");
        Http mentor = dist.http().basic("innsyn-mentor", MENTOR_PASSWORD);
        assertEquals(201, mentor.post("/api/ethics/completions", Http.json("subject", "course:" + CASE,
                "checklistId", "course-start")).status());
        assertEquals(201, mentor.post("/api/assessment/assessments", Http.json("caseCode", CASE,
                "formId", "progress-review")).status());
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
    void aMentorReadsEverythingHeldAboutThemInThreeLanguagesAndAnAdminOnTheirBehalf() {
        browser.open(dist.baseUrl() + "/");
        browser.signIn("innsyn-mentor", MENTOR_PASSWORD);
        browser.await("[data-nav=account]").click();
        browser.await("#account-personal-data").click();
        browser.awaitHeading("Opplysninger om deg");
        wait(d -> d.findElement(By.id("personal-data")).getText().contains("Innsynsmentor (fiktiv)"));
        String nb = text();
        for (String expected : List.of("Kommunalt ansatt med frikjøpte timer", "norsk bokmål (morsmål)",
                "Veileder (fiktiv)", CASE, "Oppstart", "Hvem har lest opplysningene", "admin")) {
            assertTrue(nb.contains(expected), "the page shows " + expected + ":\n" + nb);
        }
        assertTrue(browser.driver().findElements(By.cssSelector("#personal-data-reads tbody tr")).size() >= 1);
        readsAsItShould("nb", nb, ENGLISH);
        browser.screenshot("personal-data-nb");

        new Select(browser.await("#lang-select")).selectByValue("nn");
        browser.awaitHeading("Opplysningar om deg");
        wait(d -> d.findElement(By.id("personal-data")).getText().contains("Kven har lese opplysningane"));
        readsAsItShould("nn", text(), ENGLISH);
        new Select(browser.await("#lang-select")).selectByValue("en");
        browser.awaitHeading("What we hold about you");
        wait(d -> d.findElement(By.id("personal-data")).getText().contains("Who has read it"));
        readsAsItShould("en", text(), List.of());
        new Select(browser.await("#lang-select")).selectByValue("nb");

        browser.driver().manage().deleteAllCookies();
        browser.open(dist.baseUrl() + "/");
        browser.signIn("admin", PASSWORD);
        browser.open(dist.baseUrl() + "/#/admin/users");
        browser.await("a[data-action=personal-data][data-username=innsyn-mentor]").click();
        browser.awaitHeading("Innsyn: opplysninger om brukeren");
        wait(d -> d.findElement(By.id("personal-data")).getText().contains("Innsynsmentor (fiktiv)"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("user=" + mentorUserId), browser.driver().getCurrentUrl());
        browser.screenshot("personal-data-admin");
    }

    private String text() {
        return browser.driver().findElement(By.id("main")).getText();
    }

    private void readsAsItShould(String lang, String text, List<String> english) {
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        for (String code : CODES) {
            assertFalse(text.contains(code), lang + " page shows the code " + code + ":\n" + text);
        }
        for (String word : english) {
            assertFalse(text.contains(word), lang + " page shows English '" + word + "':\n" + text);
        }
    }

    private void wait(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(
                StaleElementReferenceException.class).until(condition);
    }
}
