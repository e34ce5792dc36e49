package no.mentorkit.library.internal.service.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

/** Issue 16 item 12: a 16 KB PDF of 100 pages sharing one stream took 10 s to extract. */
class PdfBoundsTest {

    /** Pages that all draw the same heavily compressed content stream of many text operators. */
    static byte[] sharedStreamPdf(int pages, int operators) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDType1Font.HELVETICA);
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                StringBuilder ops = new StringBuilder("BT /F1 12 Tf 72 700 Td\n");
                for (int i = 0; i < operators; i++) {
                    ops.append("(Fiktiv tekst) Tj 0 0 Td\n");
                }
                out.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.setContents(new PDStream(content));
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aSmallPdfThatExpandsIntoHugeWorkIsRefusedQuickly() throws IOException {
        byte[] bomb = sharedStreamPdf(100, 40_000);
        assertThat(bomb.length).isLessThan(32 * 1024);
        long start = System.nanoTime();
        // It took 27 s on this machine before extraction was bounded; the budget for 16 KB is 2.2 s.
        assertThatThrownBy(() -> Extractor.extract("bombe.pdf", bomb, Extractor.Defaults.basic()))
                .isInstanceOf(FrontMatter.FormatException.class)
                .hasMessageContaining("PDF");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPdfWithTooManyPagesIsRefusedBeforeItsTextIsRead() throws IOException {
        byte[] many = sharedStreamPdf(Extractor.maxPdfPages() + 1, 1);
        assertThatThrownBy(() -> Extractor.extract("mange.pdf", many, Extractor.Defaults.basic()))
                .isInstanceOf(FrontMatter.FormatException.class)
                .hasMessageContaining("pages");
    }

    @Test
    void anOrdinaryPdfIsStillRead() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Veileder om ettervern (fiktiv)");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(Extractor.extract("v.pdf", out.toByteArray(), Extractor.Defaults.basic()).title())
                    .isEqualTo("Veileder om ettervern (fiktiv)");
        }
    }
}
