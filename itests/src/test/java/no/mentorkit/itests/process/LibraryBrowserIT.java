package no.mentorkit.itests.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.mentorkit.itests.support.Browser;
import no.mentorkit.itests.support.Distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library in real headless Chromium: search with a facet and highlights, upload a PDF and find it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryBrowserIT {

    private static final String PASSWORD = "Test-only-library-admin-1";

    private Distribution dist;
    private Browser browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        Browser.requireAvailable();
        dist = new Distribution("library-browser", Map.of("MENTORKIT_ADMIN_PASSWORD", PASSWORD));
        dist.start();
        browser = new Browser();
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        // Results and facets are re-rendered on every search; an element may go stale between find and read.
        wait.ignoring(StaleElementReferenceException.class);
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
    void searchWithFacetAndHighlightThenUploadAPdfAndFindIt() throws Exception {
        browser.open(dist.baseUrl() + "/");
        browser.signIn("admin", PASSWORD);

        browser.open(dist.baseUrl() + "/#/m/library");
        search("fremmedkrigere");
        WebElement mark = browser.await("#library-results mark");
        assertTrue(mark.getText().toLowerCase().startsWith("fremmedkrig"), mark.getText());

        String before = browser.await("#library-total").getAttribute("data-total");
        browser.await("#library-facet-topic-returnees").click();
        wait.until(d -> !before.equals(d.findElement(By.id("library-total")).getAttribute("data-total")));
        assertTrue(browser.driver().findElement(By.id("library-facet-topic-returnees")).isSelected());
        assertFalse(browser.driver().findElements(By.cssSelector("input[data-facet=topic]:not(:checked)")).isEmpty(),
                "the other topics stay listed with their counts");
        assertFalse(browser.driver().findElements(By.cssSelector("input[data-facet=language]")).isEmpty());
        Thread.sleep(500); // longer than the suggestion delay: a late answer must not reopen the list over the results
        assertTrue(browser.driver().findElements(By.cssSelector("#library-suggest li")).isEmpty(),
                "suggestions close when a search is made");
        browser.screenshot("library-search-facet");

        browser.await("#library-results a[data-test=hit]").click();
        browser.await("#library-doc-title");
        browser.await("#library-similar");

        Path pdf = Files.createTempFile("mentorkit-library-", ".pdf");
        Files.write(pdf, pdf("Veileder om trekkfuglmetoden (fiktiv)",
                "Trekkfuglmetoden er et fiktivt eksempel for en nettlesertest."));
        browser.open(dist.baseUrl() + "/#/m/library?page=admin");
        browser.await("#library-upload-form");
        browser.driver().findElement(By.id("library-upload-file")).sendKeys(pdf.toString());
        new Select(browser.await("#library-upload-language")).selectByValue("nb");
        browser.await("#library-upload-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-admin-status"), "trekkfuglmetoden"));
        Files.delete(pdf);

        long start = System.nanoTime();
        browser.open(dist.baseUrl() + "/#/m/library");
        search("trekkfuglmetoden");
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library-results"), "rekkfuglmetoden"));
        } finally {
            browser.screenshot("library-search-pdf");
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);
    }

    private void search(String text) {
        WebElement q = browser.await("#library-q");
        q.clear();
        q.sendKeys(text);
        browser.await("#library-submit").click();
    }

    private static byte[] pdf(String title, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
