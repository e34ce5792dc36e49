package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;

/**
 * A mentor at the real UI: a form copied into deploy/ is filled in with its conditional items, submitted twice,
 * and the timeline shows what changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-2";
    private static final String MENTOR_PASSWORD = "fictional-walrus-password-2";
    private String caseCode = "BRW-2026-001";

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        Browser.requireAvailable();
        dist = new Distribution("assessment-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        Http admin = dist.http().basic("admin", PASSWORD);
        // The REST application is republished as module resources arrive at start: wait for ours first.
        long up = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (admin.get("/api/assessment/forms").status() != 200 && System.nanoTime() < up) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        assertEquals(201, admin.post("/api/users", Http.json("username", "mentor-browser", "displayName",
                "Fictional Mentor", "roles", List.of("mentor"), "password", MENTOR_PASSWORD)).status());
        try (var in = getClass().getResourceAsStream("/forms/browser-sample.form.json")) {
            Path deploy = dist.home().resolve("deploy");
            Files.createDirectories(deploy);
            Path tmp = dist.home().resolve("browser-sample.form.json.tmp");
            Files.write(tmp, in.readAllBytes());
            Files.move(tmp, deploy.resolve("browser-sample.form.json"));
        }
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!admin.get("/api/assessment/forms").body().contains("\"browser-sample\"") && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertTrue(admin.get("/api/assessment/forms").body().contains("\"browser-sample\""));
        // With a registry installed, case codes come from it: take one the mentor may see.
        var subjects = dist.http().basic("mentor-browser", MENTOR_PASSWORD).get("/api/assessment/subjects").json();
        if (subjects.path("registry").asBoolean()) {
            FictionalCourse.open(admin, "Nettlesermentor", admin.get("/api/users/mentor-browser").json().path("id").asLong(),
                    "NET-2026-001");
            subjects = dist.http().basic("mentor-browser", MENTOR_PASSWORD).get("/api/assessment/subjects").json();
            assertFalse(subjects.path("subjects").isEmpty(), "the registry shows the mentor a subject");
            caseCode = subjects.path("subjects").get(0).path("caseCode").asText();
        }
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
    void mentorFillsAConditionalFormTwiceAndSeesTheTimeline() {
        browser.open(dist.baseUrl() + "/");
        browser.signIn("mentor-browser", MENTOR_PASSWORD);

        fill(true, "high");
        browser.await("#assessment-report");
        assertTrue(browser.await("[data-test=report-describe]").getText().contains("Fiktiv beskrivelse"));
        browser.screenshot("assessment-report");

        fill(false, "low");
        browser.await("#assessment-report");

        browser.open(dist.baseUrl() + "/#/m/assessment?page=timeline&case=" + caseCode);
        WebElement level = browser.await("[data-test=change-level]");
        assertTrue(level.getText().contains("Høy") && level.getText().contains("Lav"), level.getText());
        assertFalse(browser.driver().findElements(By.cssSelector("[data-test=change-concern]")).isEmpty());
        browser.screenshot("assessment-timeline");

        // The renderer's visibility rules, run in the browser on the deployed definition.
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([import('/ui/forms/visibility.js'),
                             fetch('/api/assessment/forms/browser-sample/1.0.0').then((r) => r.json())])
                  .then(([m, def]) => done([
                      {},
                      { concern: { value: true } },
                      { concern: { value: true }, kind: { value: 'other' } },
                      { concern: { value: false }, kind: { value: 'other' }, describe: { value: 'x' } },
                      { concern: { value: true }, kind: { unknown: true } },
                    ].map((answers) => [...m.visibleItems(def, answers)].join(','))))
                  .catch((e) => done(String(e)));
                """);
        assertEquals(List.of("concern,level", "concern,kind,level", "concern,kind,describe,level",
                "concern,level", "concern,kind,level"), result);
    }

    private void fill(boolean concern, String level) {
        browser.open(dist.baseUrl() + "/#/m/assessment");
        WebElement caseInput = browser.await("#new-case");
        caseInput.clear();
        caseInput.sendKeys(caseCode);
        new Select(browser.await("#new-form")).selectByValue("browser-sample");
        browser.await("#new-start").click();
        browser.await("[data-test=item-concern]");
        WebElement kind = browser.driver().findElement(By.id("item-kind"));
        assertFalse(kind.isDisplayed(), "hidden until there is a concern");

        click("[data-test=choice-concern-" + concern + "]");
        if (concern) {
            browser.await("#item-kind");
            assertFalse(browser.driver().findElement(By.id("item-describe")).isDisplayed());
            click("[data-test=choice-kind-other]");
            browser.await("#f-describe").sendKeys("Fiktiv beskrivelse");
        } else {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-kind")));
        }
        click("[data-test=choice-level-" + level + "]");
        click("[data-test=judgement-" + level + "]");
        browser.await("#judgement-formulation").sendKeys("Fiktiv begrunnelse for vurderingen.");
        browser.await("#submit-assessment").click();
    }

    private void click(String css) {
        WebElement e = browser.driver().findElement(By.cssSelector(css));
        browser.driver().executeScript("arguments[0].click();", e);
    }
}
