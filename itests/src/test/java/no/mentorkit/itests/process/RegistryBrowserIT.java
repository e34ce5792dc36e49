package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.Http;

/** A coordinator in real headless Chromium on the demo bank: match, open a course from a proposal, log a session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserIT {

    private static final String PASSWORD = "Test-only-registry-admin-1";
    private static final String COORDINATOR_PASSWORD = "Fictional-coordinator-pass-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() {
        Browser.requireAvailable();
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
        browser.signIn("admin", PASSWORD);

        browser.open(dist.baseUrl() + "/#/m/registry?page=match");
        browser.awaitHeading("Mentorregister");
        browser.await("#caseCode").sendKeys("BRW-2026-001");
        new Select(browser.await("#targetGroup")).selectByValue("returned-fighter");
        new Select(browser.await("#level")).selectByValue("family");
        browser.await("#languages").sendKeys("ar");
        browser.await("#interests-football").click();
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.await("#interests"));
        browser.screenshot("registry-match-interests");
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

        reassignsTheMentor();

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

        createsAndEditsAMentorThroughTheForm(admin);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    /** On the course page: another eligible mentor takes over, and the history shows the reassignment. */
    private void reassignsTheMentor() {
        JsonNode before = dist.http().basic("admin", PASSWORD).get("/api/registry/courses/BRW-2026-001").json();
        Select to = new Select(browser.await("#registry-reassign-mentor"));
        String chosen = to.getOptions().get(0).getAttribute("value");
        assertNotEquals(before.path("mentorId").asText(), chosen, "the current mentor is not offered");
        to.selectByValue(chosen);
        browser.await("#registry-reassign-reason").sendKeys("Mentoren har flyttet (fiktivt)");
        browser.await("#registry-reassign-save").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#registry-history"), "Mentoren har flyttet (fiktivt)"));
        JsonNode after = dist.http().basic("admin", PASSWORD).get("/api/registry/courses/BRW-2026-001").json();
        assertEquals(chosen, after.path("mentorId").asText());
    }

    /** Ticks the box labelled {@code label} in the group of boxes {@code group}, as a person would. */
    private void clickLabel(String group, String label) {
        browser.await(group).findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no box labelled " + label + " in " + group)).click();
    }

    private void setValue(String css, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.await(css), value);
    }

    /** A coordinator creates a mentor through the form (a 400 marks the field first), edits it, and meets a 409. */
    private void createsAndEditsAMentorThroughTheForm(Http admin) {
        Http.Answer login = admin.post("/api/users", Http.json("username", "skjema-mentor", "displayName",
                "Skjema Mentor (fiktiv)", "roles", List.of("mentor"), "password", "Fictional-mentor-pass-1"));
        assertEquals(201, login.status(), login.toString());
        // Background and belonging are for coordinators, not admins: the form is filled in as a coordinator.
        Http.Answer coordinator = admin.post("/api/users", Http.json("username", "skjema-koordinator", "displayName",
                "Skjema Koordinator (fiktiv)", "roles", List.of("coordinator"), "password", COORDINATOR_PASSWORD));
        assertEquals(201, coordinator.status(), coordinator.toString());
        Http coord = dist.http().basic("skjema-koordinator", COORDINATOR_PASSWORD);
        browser.await("#logout").click();
        browser.await("#login-form");
        browser.signIn("skjema-koordinator", COORDINATOR_PASSWORD);

        browser.open(dist.baseUrl() + "/#/m/registry?page=mentors");
        browser.await("#registry-new-mentor").click();
        browser.await("#registry-mentor-form");
        assertTrue(browser.await("#registry-certificate-note").getText().contains("lagres aldri"));
        assertTrue(browser.await("#registry-sensitive-note").getText().contains("Bare koordinatorer"));
        browser.await("#mf-name").sendKeys("Skjema Testesen (fiktiv)");
        browser.await("#mf-email").sendKeys("skjema@example.org");
        browser.await("#mf-birthYear").sendKeys("1979");
        new Select(browser.await("#mf-gender")).selectByValue("female");
        browser.await("#mf-languages").sendKeys("nb:native, so:fluent");
        browser.await("#mf-organisation").sendKeys("Molde kommune (fiktiv)");
        new Select(browser.await("#mf-organisationType")).selectByValue("municipality");
        new Select(browser.await("#mf-employment-model")).selectByValue("municipal-hours");
        browser.await("#mf-employment-hoursPerWeek").sendKeys("8");
        new Select(browser.await("#mf-network")).selectByValue("midt");
        browser.await("#mf-belonging").sendKeys("Fiktiv tilhørighet");
        // Chosen from the served lists by their labels, never typed as codes.
        clickLabel("#mf-interests", "Fotball");
        clickLabel("#mf-interests", "Friluftsliv og fjellturer");
        clickLabel("#mf-competences", "Arbeid med familier");
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.await("#mf-competences"));
        browser.screenshot("registry-mentor-vocabularies");
        browser.await("#mf-training-cohort").sendKeys("2024-05");
        browser.await("#mf-training-completed").click();
        setValue("#mf-training-certifiedOn", "2024-06-01");
        browser.await("#mf-policeCertificate-type").sendKeys("Utvidet politiattest");
        setValue("#mf-policeCertificate-issuedOn", "2025-01-15");
        browser.await("#mf-policeCertificate-seenBy").sendKeys("Koordinator (fiktiv)");
        WebElement capacity = browser.await("#mf-capacity");
        capacity.clear();
        capacity.sendKeys("2");
        new Select(browser.await("#mf-userId")).selectByVisibleText("Skjema Mentor (fiktiv) (skjema-mentor)");

        // Municipality left empty: the 400 names it and the form marks the field.
        browser.await("#registry-mentor-save").click();
        WebElement missing = browser.await("#mf-municipality-error");
        assertEquals("true", browser.await("#mf-municipality").getAttribute("aria-invalid"));
        assertTrue(missing.isDisplayed());
        browser.await("#mf-municipality").sendKeys("Molde");
        browser.await("#registry-mentor-save").click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("#registry-mentor-name"), "Skjema Testesen (fiktiv)"));
        String url = browser.driver().getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3);

        JsonNode saved = coord.get("/api/registry/mentors/" + id).json();
        JsonNode p = saved.path("profile");
        assertEquals("skjema-mentor", saved.path("username").asText());
        assertEquals(8, p.path("employment").path("hoursPerWeek").asInt());
        assertEquals("so", p.path("languages").get(1).path("code").asText());
        assertEquals("fluent", p.path("languages").get(1).path("level").asText());
        assertEquals("2025-01-15", p.path("policeCertificate").path("issuedOn").asText());
        assertEquals("Fiktiv tilhørighet", p.path("belonging").asText());
        assertEquals("Molde", p.path("municipality").asText());
        assertEquals("[\"football\",\"hiking\"]", p.path("interests").toString());
        assertEquals("[\"family-work\"]", p.path("competences").toString());
        String shown = browser.await("dl.details").getText();
        assertTrue(shown.contains("Arbeid med familier") && shown.contains("Fotball") && !shown.contains("family-work"),
                shown);

        // Edit; meanwhile someone else saves the profile, so the form's version is stale and the 409 is shown.
        browser.await("#registry-edit-mentor").click();
        WebElement cap = browser.await("#mf-capacity");
        assertEquals("2", cap.getAttribute("value"));
        ObjectNode other = JSON.createObjectNode();
        other.put("version", saved.path("version").asInt());
        other.set("profile", ((ObjectNode) p.deepCopy()).put("county", "Møre og Romsdal"));
        assertEquals(200, coord.send("PUT", "/api/registry/mentors/" + id, other.toString(), "application/json").status());
        cap.clear();
        cap.sendKeys("3");
        browser.await("#registry-mentor-save").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#registry-mentor-form-error"),
                "changed by someone else"));
        browser.screenshot("registry-mentor-form");

        browser.driver().navigate().refresh();
        WebElement fresh = browser.await("#mf-capacity");
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("#mf-county"), "value", "Møre og Romsdal"));
        fresh.clear();
        fresh.sendKeys("3");
        browser.await("#registry-mentor-save").click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("#registry-mentor-name"), "Skjema Testesen (fiktiv)"));
        JsonNode edited = coord.get("/api/registry/mentors/" + id).json();
        assertEquals(3, edited.path("profile").path("capacity").asInt());
        assertEquals("Møre og Romsdal", edited.path("profile").path("county").asText());
        assertEquals("Fiktiv tilhørighet", edited.path("profile").path("belonging").asText());
        assertEquals(saved.path("version").asInt() + 2, edited.path("version").asInt());
    }
}
