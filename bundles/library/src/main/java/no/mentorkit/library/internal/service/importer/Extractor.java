package no.mentorkit.library.internal.service.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import no.mentorkit.library.internal.model.Draft;

/**
 * Turns an uploaded or imported file into a draft: Markdown with front matter as the shared format says, and
 * HTML, plain text and PDF with the metadata the uploader gives ({@link Defaults}); text comes out of kept
 * libraries (jsoup, PDFBox), never hand-written parsers.
 */
public final class Extractor {

    /** Longest body kept: a very long PDF is cut rather than refused. */
    public static final int MAX_BODY = 900_000;

    /** Bounds of PDF text extraction, as configured (maxPdfPages, maxPdfSeconds); shared by uploads and imports. */
    private static volatile PdfText.Limits pdfLimits = PdfText.Limits.defaults();

    /** The PDF bounds from the library's configuration. */
    public static void limitPdfs(int maxPages, int maxSeconds) {
        PdfText.Limits d = PdfText.Limits.defaults();
        pdfLimits = new PdfText.Limits(Math.max(1, maxPages), Duration.ofSeconds(Math.max(1, maxSeconds)),
                d.maxScratchBytes(), d.minOperators(), d.operatorsPerByte());
    }

    static int maxPdfPages() {
        return pdfLimits.maxPages();
    }

    /** Metadata for formats that carry none (HTML, text, PDF); also fills gaps in Markdown front matter. */
    public record Defaults(String language, List<String> topics, List<String> audience, String source, String author,
            Integer year, String evidence, String access) {

        public static Defaults basic() {
            return new Defaults("nb", List.of(), List.of(), null, null, null, "practice", "all");
        }
    }

    private Extractor() {
    }

    public static boolean supported(String filename) {
        return kind(filename) != null;
    }

    public static Draft extract(String filename, byte[] content, Defaults d) throws IOException {
        String kind = kind(filename);
        if (kind == null) {
            throw new FrontMatter.FormatException("unsupported file type: " + filename
                    + " (use .md, .html, .htm, .txt or .pdf)");
        }
        return switch (kind) {
            case "md" -> fillGaps(FrontMatter.parse(new String(content, StandardCharsets.UTF_8)), d);
            case "html" -> html(filename, new String(content, StandardCharsets.UTF_8), d);
            case "pdf" -> pdf(filename, content, d);
            default -> text(filename, new String(content, StandardCharsets.UTF_8), d);
        };
    }

    private static String kind(String filename) {
        String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".md") || f.endsWith(".markdown")) {
            return "md";
        }
        if (f.endsWith(".html") || f.endsWith(".htm")) {
            return "html";
        }
        if (f.endsWith(".pdf")) {
            return "pdf";
        }
        if (f.endsWith(".txt")) {
            return "txt";
        }
        return null;
    }

    private static Draft html(String filename, String html, Defaults d) {
        Document doc = Jsoup.parse(html);
        String title = doc.title();
        Element h1 = doc.selectFirst("h1");
        if (title.isBlank() && h1 != null) {
            title = h1.text();
        }
        String body = doc.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre").stream()
                .map(Element::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
        if (body.isBlank()) {
            body = doc.body().text();
        }
        return draft(title.isBlank() ? baseName(filename) : title, body, d);
    }

    private static Draft pdf(String filename, byte[] content, Defaults d) throws IOException {
        PdfText.Result pdf = PdfText.extract(content, pdfLimits, MAX_BODY + 1);
        String text = pdf.text().strip();
        String title = pdf.title();
        if (title == null || title.isBlank()) {
            title = firstLine(text, filename);
        }
        String author = pdf.author() == null || pdf.author().isBlank() ? d.author() : pdf.author();
        Defaults withAuthor = new Defaults(d.language(), d.topics(), d.audience(), d.source(), author, d.year(),
                d.evidence(), d.access());
        return draft(title, text, withAuthor);
    }

    private static Draft text(String filename, String text, Defaults d) {
        String t = text.replace("\r\n", "\n").strip();
        String title = firstLine(t, filename);
        String body = t.startsWith(title) ? t.substring(title.length()).strip() : t;
        return draft(title, body, d);
    }

    private static Draft draft(String title, String body, Defaults d) {
        String b = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        String t = title.strip();
        return new Draft(null, t.length() > 500 ? t.substring(0, 500) : t, null, b, d.language(), d.topics(),
                d.audience(), d.source(), d.author(), d.year(), d.evidence(), d.access());
    }

    /** Front matter wins; the uploader's choices fill only what it leaves out. */
    private static Draft fillGaps(Draft m, Defaults d) {
        return new Draft(null, m.title(), m.summary(), m.body(), m.language() == null ? d.language() : m.language(),
                m.topics().isEmpty() ? d.topics() : m.topics(), m.audience().isEmpty() ? d.audience() : m.audience(),
                m.source() == null ? d.source() : m.source(), m.author() == null ? d.author() : m.author(),
                m.year() == null ? d.year() : m.year(), m.evidence() == null ? d.evidence() : m.evidence(),
                m.access() == null ? d.access() : m.access());
    }

    private static String firstLine(String text, String filename) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String l = line.strip();
                return l.length() > 200 ? l.substring(0, 200) : l;
            }
        }
        return baseName(filename);
    }

    private static String baseName(String filename) {
        String f = filename.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
