package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.itests.load.LoadProcess;
import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;
import no.mentorkit.itests.support.FictionalCourse;
import no.mentorkit.itests.support.Http;
import no.mentorkit.itests.support.ServerLog;

/**
 * Modules installed and removed in a running system, the way an administrator does it (the Modules page and its
 * API), while a second process keeps HTTP load on the platform and the other modules: no request outside the module
 * being changed may fail, nobody is logged out, and a removed module's data is there again when it comes back.
 * The distribution starts with the municipality profile (registry, ethics, library).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModulesAtRuntimeIT {

    private static final String PASSWORD = "Test-only-modules-admin-4";
    private static final String USER_PASSWORD = "fictional-walrus-password-4";

    /** The path each module's load goes to; the platform's are always loaded. */
    private static final Map<String, String> LOAD = Map.of(
            "registry", "/api/registry/mentors",
            "ethics", "/api/ethics/checklists",
            "library", "/api/library/search?q=radikalisering",
            "assessment", "/api/assessment/forms");
    private static final List<String> PLATFORM_LOAD = List.of("/api/health", "/api/modules", "/api/session",
            "/api/users", "/index.html");

    private Distribution dist;
    private Http admin;
    private Http mentorSession;
    private final Set<String> installed = new TreeSet<>(Set.of("registry", "ethics", "library"));

    @BeforeAll
    void start() throws Exception {
        dist = new Distribution("modules-at-runtime", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.setProperty("etc/org.apache.karaf.features.cfg", "featuresBoot", bootWith("mentorkit-profile-municipality"));
        dist.start();
        admin = dist.http().basic("admin", PASSWORD);
        for (String module : installed) {
            assertTrue(Http.await(() -> admin.get(LOAD.get(module)).status() == 200, Duration.ofSeconds(90)),
                    module + " is up");
        }
        for (String[] u : new String[][] {{"rt-mentor", "mentor"}, {"rt-koordinator", "coordinator"}}) {
            Http.Answer a = admin.post("/api/users", Http.json("username", u[0], "displayName", u[0] + " (fiktiv)",
                    "roles", List.of(u[1]), "password", USER_PASSWORD));
            assertEquals(201, a.status(), a.toString());
        }
        mentorSession = signedIn("rt-mentor");
    }

    @AfterAll
    void stop() {
        if (dist != null) {
            dist.close();
        }
    }

    @Test
    @Order(1)
    void removingTheLibraryFromTheProfileUnderLoadFailsNoOtherRequest() throws Exception {
        // The starter corpus is indexed in the background after start; on a busy machine that takes a while.
        Http.await(() -> admin.get("/api/library/search?size=1").json().path("total").asLong() >= 40,
                Duration.ofSeconds(60));
        long before = admin.get("/api/library/search?size=1").json().path("total").asLong();
        change("library", "uninstall");
        assertEquals(404, admin.get("/api/library/search").status());
        JsonNode catalog = admin.get("/api/admin/modules").json();
        assertTrue(isInstalled(catalog, "registry") && isInstalled(catalog, "ethics"), "the profile's other modules stay");
        assertTrue(before >= 40, "the corpus was there: " + before);
    }

    @Test
    @Order(2)
    void adminInstallsTheLibraryFromTheModulesPageAndALoggedInMentorSearchesIt() {
        Browser.requireAvailable();
        try (Browser adminBrowser = new Browser(); Browser mentorBrowser = new Browser()) {
            mentorBrowser.open(dist.baseUrl() + "/");
            mentorBrowser.signIn("rt-mentor", USER_PASSWORD);
            assertTrue(mentorBrowser.driver().findElements(By.cssSelector("#nav a[data-module=library]")).isEmpty(),
                    "no library in the mentor's menu yet");

            adminBrowser.open(dist.baseUrl() + "/");
            adminBrowser.signIn("admin", PASSWORD);
            adminBrowser.await("#nav a[data-nav=modules]").click();
            adminBrowser.awaitHeading("Moduler");
            adminBrowser.await("#modules-table button[data-module=library][data-action=install]").click();
            WebElement confirm = adminBrowser.await("#modules-confirm-yes");
            assertTrue(adminBrowser.await("#modules-confirm-text").getText().contains("Kunnskapsbibliotek")
                    || adminBrowser.await("#modules-confirm-text").getText().contains("bibliotek"));
            confirm.click();
            WebDriverWait slow = new WebDriverWait(adminBrowser.driver(), Duration.ofSeconds(60));
            slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules-status"), "installert"));
            slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nav a[data-module=library]")));
            adminBrowser.screenshot("modules-page-library-installed");

            // The mentor never logs in again: the navigation follows GET /api/modules (polled, and on focus).
            WebDriverWait mentorWait = new WebDriverWait(mentorBrowser.driver(), Duration.ofSeconds(40));
            mentorWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#nav a[data-module=library]"))).click();
            WebElement q = mentorBrowser.await("#library-q");
            q.sendKeys("fremmedkrigere");
            mentorBrowser.await("#library-submit").click();
            mentorWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#library-results a[data-test=hit]")));
            mentorBrowser.screenshot("modules-mentor-searches-new-library");
        }
        installed.add("library");
        assertEquals(200, mentorSession.get("/api/session").status(), "the API session survived too");
    }

    @Test
    @Order(3)
    void installingAssessmentUnderLoadFailsNoOtherRequest() {
        change("assessment", "install");
        assertTrue(admin.get("/api/assessment/forms").json().size() >= 3, "the instruments are deployed");
        assertTrue(mentorSession.get("/api/assessment/subjects").json().path("registry").asBoolean(),
                "the assessment picks courses from the registry");
    }

    @Test
    @Order(4)
    void removingAndReinstallingTheRegistryUnderLoadKeepsEveryMentor() {
        Http coordinator = dist.http().basic("rt-koordinator", USER_PASSWORD);
        FictionalCourse.open(coordinator, "Kjøremiljø", admin.get("/api/users/rt-mentor").json().path("id").asLong(),
                "RTM-2026-001");
        for (int i = 1; i <= 2; i++) {
            Http.Answer a = coordinator.post("/api/registry/mentors", Http.json("name", "Kjøremiljø " + i + " (fiktiv)",
                    "organisation", "Kommunen (fiktiv)", "organisationType", "municipality",
                    "employment", Map.of("model", "municipal-hours", "hoursPerWeek", 4), "municipality", "Bergen",
                    "network", "vest", "capacity", 2, "status", "active"));
            assertEquals(201, a.status(), a.toString());
        }
        String mentorsBefore = mentorList(coordinator);
        String courseBefore = coordinator.get("/api/registry/courses/RTM-2026-001").body();

        change("registry", "uninstall");
        assertEquals(404, coordinator.get("/api/registry/mentors").status());
        assertTrue(!mentorSession.get("/api/assessment/subjects").json().path("registry").asBoolean(),
                "the link to the registry goes with it");
        JsonNode schedule = admin.get("/api/admin/retention").json();
        for (JsonNode line : schedule) {
            if (line.path("module").asText().equals("registry")) {
                assertFalse(line.path("installed").asBoolean(), "the registry's retention is paused: " + line);
            }
        }
        assertTrue(schedule.toString().contains("\"closed-courses\""), "its kinds stay listed: " + schedule);
        if (Browser.available()) {
            try (Browser page = new Browser()) {
                page.open(dist.baseUrl() + "/");
                page.signIn("admin", PASSWORD);
                page.open(dist.baseUrl() + "/#/admin/modules");
                WebElement note = page.await("#modules-table tr[data-module=registry] [data-retention=paused]");
                assertTrue(note.getText().contains("pause"), note.getText());
                page.screenshot("modules-registry-retention-paused");
            }
        }

        change("registry", "install");
        assertEquals(mentorsBefore, mentorList(coordinator), "the same mentors, unchanged");
        assertEquals(courseBefore, coordinator.get("/api/registry/courses/RTM-2026-001").body(), "and the same course");
        assertTrue(mentorSession.get("/api/assessment/subjects").json().path("registry").asBoolean(),
                "and the link comes back");
        assertEquals(200, mentorSession.get("/api/session").status(), "nobody was logged out");
    }

    /** Changes one module through the admin API while the load process runs against everything else. */
    private void change(String module, String action) {
        List<String> paths = new ArrayList<>(PLATFORM_LOAD);
        installed.stream().filter(m -> !m.equals(module)).map(LOAD::get).forEach(paths::add);
        Path report = Path.of(System.getProperty("mentorkit.it.work"), "load-" + action + "-" + module + ".txt");
        LoadProcess.Result seen;
        try (LoadProcess load = new LoadProcess(dist.baseUrl(), "admin", PASSWORD, report, 6, paths)) {
            Http.Answer started = admin.post("/api/admin/modules/" + module + "/" + action, "{}");
            assertEquals(202, started.status(), started.toString());
            long id = started.json().path("id").asLong();
            assertTrue(Http.await(() -> !"running".equals(state(id)), Duration.ofSeconds(90)), "the change finished");
            assertEquals("done", state(id), admin.get("/api/admin/modules/changes/" + id).body());
            String probe = LOAD.get(module);
            int expected = "install".equals(action) ? 200 : 404;
            assertTrue(Http.await(() -> admin.get(probe).status() == expected, Duration.ofSeconds(60)),
                    module + " answers " + expected);
            // Keep the load on a little longer: the API is republished once more when the last resource settles.
            sleep(2000);
            seen = load.finish();
        }
        System.out.println("MEASURED " + action + " " + module + " under load: " + seen.total() + " requests, "
                + seen.notOk() + " not 200: " + seen.counts());
        assertTrue(seen.total() > 100, "the load ran: " + seen);
        assertEquals(0, seen.notOk(), () -> "no request outside " + module + " failed: " + seen + "\n"
                + ServerLog.unexpectedFailures(dist.home().resolve("data/log/karaf.log")));
        if ("install".equals(action)) {
            installed.add(module);
        } else {
            installed.remove(module);
        }
    }

    private String state(long change) {
        return admin.get("/api/admin/modules/changes/" + change).json().path("state").asText();
    }

    private static boolean isInstalled(JsonNode catalog, String id) {
        for (JsonNode m : catalog.path("modules")) {
            if (m.path("id").asText().equals(id)) {
                return m.path("installed").asBoolean();
            }
        }
        return false;
    }

    private static String mentorList(Http coordinator) {
        Http.Answer a = coordinator.get("/api/registry/mentors");
        assertEquals(200, a.status(), a.toString());
        return a.body();
    }

    /** A cookie session, as the browser has: it must survive every change. */
    private Http signedIn(String username) {
        Http.Answer login = dist.http().post("/api/session", Http.json("username", username, "password", USER_PASSWORD));
        assertEquals(200, login.status(), login.toString());
        String cookie = login.header("set-cookie").split(";")[0];
        return dist.http().with("Cookie", cookie);
    }

    private static String bootWith(String feature) {
        return "instance, package, log, ssh, system, eventadmin, feature, shell, service, jaas, deployer, diagnostic, "
                + "bundle, config, kar, scr, mentorkit-platform, " + feature;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
