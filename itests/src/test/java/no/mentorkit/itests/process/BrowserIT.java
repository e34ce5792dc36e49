package no.mentorkit.itests.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;

/** A person at the UI shell in real headless Chromium: log in, switch language, log out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final String PASSWORD = "Test-only-browser-admin-1";

    private Distribution dist;
    private Browser browser;

    @BeforeAll
    void start() {
        Browser.requireAvailable();
        dist = new Distribution("browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
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
    void adminLogsInSwitchesLanguageAndLogsOut() {
        assertFalse(Files.exists(dist.home().resolve("data/mentorkit/initial-admin-password")),
                "a password given by MENTORKIT_ADMIN_PASSWORD is not written anywhere");

        browser.open(dist.baseUrl() + "/");
        browser.await("#login-form");
        browser.awaitHeading("Logg inn");

        login("admin", "wrong-password-1");
        WebElement error = browser.await("#login-error");
        assertTrue(error.getText().contains("Feil brukernavn eller passord"), "a wrong password is explained in bokmål: "
                + error.getText());
        assertFalse(error.getText().contains("Wrong"), "no English server text on a Norwegian page: " + error.getText());

        login("admin", PASSWORD);
        browser.awaitHeading("Velkommen");
        assertTrue(browser.await("#user-menu").getText().contains("Administrator"));
        assertEquals("nb", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));

        chooseLanguage("en");
        browser.awaitHeading("Welcome");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        chooseLanguage("nn");
        browser.awaitHeading("Velkomen");
        browser.screenshot("shell-home-nynorsk");

        browser.driver().navigate().refresh();
        browser.awaitHeading("Velkomen");

        browser.await("[data-nav=users]").click();
        // The table is drawn at once and filled when the list arrives (aria-busy until then).
        browser.await("#users-table[aria-busy=false]");
        assertTrue(browser.await("#users-table").getText().contains("admin"));

        browser.await("#logout").click();
        browser.await("#login-form");
        browser.awaitHeading("Logg inn");
        browser.driver().navigate().refresh();
        browser.await("#login-form");
    }

    private void login(String user, String password) {
        WebElement name = browser.await("#login-username");
        name.clear();
        name.sendKeys(user);
        WebElement pass = browser.await("#login-password");
        pass.clear();
        pass.sendKeys(password);
        browser.await("#login-submit").click();
    }

    private void chooseLanguage(String lang) {
        new Select(browser.await("#lang-select")).selectByValue(lang);
    }
}
