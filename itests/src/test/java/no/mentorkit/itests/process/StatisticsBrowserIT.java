package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

/**
 * A coordinator walks the statistics page (issue 18) on the fictional demo bank in real headless Chromium, in bokmål,
 * nynorsk and English, at desktop and phone width: charts with labels in the page's language, no English on a
 * Norwegian page, no raw code anywhere, and the downloads offered. A mentor is not shown the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBrowserIT {

    private static final String PASSWORD = "Test-only-statistics-admin-1";
    private static final String COORDINATOR_PASSWORD = "Fictional-coordinator-pass-1";

    /** Words of the English page that must not show on a Norwegian one. */
    private static final List<String> ENGLISH = List.of("Courses", "Mentors", "Total", "Download", "Eligible",
            "months", "years", "Statistics", "Count", "No mentor", "Target group", "Closed");
    /** Codes the API speaks and the page must have turned into labels. */
    private static final List<String> CODES = List.of("courses-by-", "mentors-by-", "returned-fighter", "at-risk",
            "individual", "municipal-hours", "dedicated-position", "months-", "-Q", "police-certificate",
            "registry.", "statistics.");

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() {
        Browser.requireAvailable();
        dist = new Distribution("statistics-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD, "MENTORKIT_DEMO", "true"));
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

    @Test
    void aCoordinatorReadsTheStatisticsInEveryLanguageAtEveryWidth() {
        Http admin = dist.http().basic("admin", PASSWORD);
        assertTrue(Http.await(() -> admin.get("/api/registry/mentors").status() == 200, Duration.ofSeconds(60)));
        assertEquals(201, admin.post("/api/users", Http.json("username", "stat-coordinator", "displayName",
                "Statistikk-koordinator (fiktiv)", "roles", List.of("coordinator"), "password", COORDINATOR_PASSWORD))
                .status());
        assertEquals(201, admin.post("/api/users", Http.json("username", "stat-mentor", "displayName",
                "Statistikk-mentor (fiktiv)", "roles", List.of("mentor"), "password", COORDINATOR_PASSWORD)).status());

        browser.open(dist.baseUrl() + "/");
        browser.signIn("stat-coordinator", COORDINATOR_PASSWORD);
        browser.await("[data-nav=statistics]").click();
        browser.awaitHeading("Statistikk");

        walk("nb", "Mentorløp etter målgruppe", "Returnert fremmedkriger", "Last ned som CSV");
        browser.screenshot("statistics-nb");
        choose("nn");
        walk("nn", "Mentorløp etter målgruppe", "Barn av framandkrigar", "Last ned som CSV");
        choose("en");
        walk("en", "Courses by target group", "Returned foreign fighter", "Download as CSV");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        choose("nb");
        walk("nb", "Mentorløp etter status", "Avsluttet", "Last ned som JSON");
        Long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page fits a phone's width without sideways scrolling: " + overflow + " px too wide");
        browser.screenshot("statistics-nb-phone");
        browser.driver().manage().window().setSize(new Dimension(1200, 900));

        String csv = browser.await("#statistics-csv").getAttribute("href");
        assertTrue(csv.endsWith("/api/statistics?format=csv"), csv);
        String csvBody = (String) browser.driver().executeAsyncScript(
                "const [url, done] = arguments; fetch(url).then((r) => r.text()).then(done);", csv);
        assertTrue(csvBody.startsWith("module,table,dimension,row,code,count,suppressed"), csvBody);

        browser.await("#logout").click();
        browser.await("#login-form");
        browser.await("#login-username").sendKeys("stat-mentor");
        browser.await("#login-password").sendKeys(COORDINATOR_PASSWORD);
        browser.await("#login-submit").click();
        browser.awaitHeading("Velkommen");
        assertTrue(browser.driver().findElements(By.cssSelector("[data-nav=statistics]")).isEmpty(),
                "a mentor has no statistics link");
        browser.open(dist.baseUrl() + "/#/statistics");
        browser.awaitHeading("Ingen tilgang");
    }

    private void choose(String lang) {
        new Select(browser.await("#lang-select")).selectByValue(lang);
    }

    /** Waits for the charts in the language, then reads the whole main region. */
    private void walk(String lang, String title, String label, String download) {
        browser.awaitHeading("en".equals(lang) ? "Statistics" : "Statistikk");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            WebElement main = d.findElement(By.id("main"));
            return main.getText().contains(title) && main.getText().contains(label);
        });
        assertTrue(browser.driver().findElements(By.cssSelector(".stat-chart svg.stat-bar")).size() > 10,
                "bars are drawn");
        String text = browser.driver().findElement(By.id("main")).getText();
        assertTrue(text.contains(download), text);
        if (!"en".equals(lang)) {
            for (String word : ENGLISH) {
                assertFalse(text.contains(word), "English '" + word + "' on the " + lang + " page:\n" + text);
            }
        }
        for (String code : CODES) {
            assertFalse(text.contains(code), "raw code '" + code + "' on the " + lang + " page:\n" + text);
        }
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }
}
