package no.mentorkit.itests.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium; no tool downloads a browser of its own. */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /** Skips the calling test class with a printed reason where Chromium is missing (fails under CI, see Required). */
    public static void requireAvailable() {
        if (!available()) {
            Assumptions.abort(Required.unavailable("Chromium with chromedriver"));
        }
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the first heading of the main region reads the text. */
    public void awaitHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#main h1"), text));
    }

    /** Signs in on the login form shown at the current page and waits for the home page (in bokmål). */
    public void signIn(String username, String password) {
        await("#login-username").sendKeys(username);
        await("#login-password").sendKeys(password);
        await("#login-submit").click();
        awaitHeading("Velkommen");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#main h1")).getText();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Keeps a screenshot as a test artifact under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("mentorkit.it.work")).resolveSibling("screenshots");
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
