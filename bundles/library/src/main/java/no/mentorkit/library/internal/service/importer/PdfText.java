package no.mentorkit.library.internal.service.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of a PDF within bounds, since a small file can ask for enormous work: pages sharing one
 * content stream are each drawn in full (16 KB of PDF took 10 s). Refused with a reason when the page count, the
 * content operators relative to the file's size, the time or the scratch memory runs over; text past the body
 * limit is cut, not refused.
 */
final class PdfText {

    /** The bounds of one extraction. */
    record Limits(int maxPages, Duration maxTime, long maxScratchBytes, long minOperators, int operatorsPerByte) {

        /** Real documents extract far faster than this: a second per 100 KB, after two to start. */
        private static final Duration BASE_TIME = Duration.ofSeconds(2);
        private static final long BYTES_PER_SECOND = 100 * 1024;

        static Limits defaults() {
            return new Limits(2000, Duration.ofSeconds(30), 256L * 1024 * 1024, 500_000, 50);
        }

        /** Operators a file of this size may run: generous for real documents, small for an expanding one. */
        long operatorBudget(int fileBytes) {
            return Math.max(minOperators, (long) operatorsPerByte * fileBytes);
        }

        /** Time a file of this size may take, at most {@link #maxTime}. */
        Duration timeBudget(int fileBytes) {
            Duration bySize = BASE_TIME.plusMillis(fileBytes * 1000L / BYTES_PER_SECOND);
            return bySize.compareTo(maxTime) < 0 ? bySize : maxTime;
        }
    }

    /** The PDF's text and document, or a refusal naming the bound it ran over. */
    record Result(String text, String title, String author) {
    }

    private PdfText() {
    }

    static Result extract(byte[] content, Limits limits, int maxChars) throws IOException {
        try {
            return read(content, limits, maxChars);
        } catch (StackOverflowError cyclic) {
            // PDFBox follows some references recursively; a page tree that refers to itself never ends.
            // Refused like any other unreadable file.
            throw new FrontMatter.FormatException("the PDF's structure refers to itself without end; it is refused "
                    + "(save it again with a PDF tool)");
        } catch (FrontMatter.FormatException refused) {
            throw refused;
        } catch (RuntimeException malformed) {
            // The parser's own failures on a malformed file are the file's, not ours: a clear refusal, not a 500.
            throw new IOException("not a readable PDF: " + malformed.getClass().getSimpleName(), malformed);
        }
    }

    private static Result read(byte[] content, Limits limits, int maxChars) throws IOException {
        try (PDDocument pdf = PDDocument.load(new ByteArrayInputStream(content),
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxScratchBytes()))) {
            if (pdf.getNumberOfPages() > limits.maxPages()) {
                throw new FrontMatter.FormatException("the PDF has " + pdf.getNumberOfPages() + " pages; at most "
                        + limits.maxPages() + " pages are read");
            }
            BoundedStripper stripper = new BoundedStripper(limits.operatorBudget(content.length),
                    System.nanoTime() + limits.timeBudget(content.length).toNanos());
            CappedWriter out = new CappedWriter(maxChars);
            try {
                stripper.writeText(pdf, out);
            } catch (CappedWriter.Full enough) {
                // The body limit is reached: what came so far is kept.
            } catch (OverBudget over) {
                throw new FrontMatter.FormatException("the PDF " + over.getMessage()
                        + "; it is refused (save it again with a PDF tool, or split it)");
            }
            var info = pdf.getDocumentInformation();
            return new Result(out.toString(), info == null ? null : info.getTitle(),
                    info == null ? null : info.getAuthor());
        }
    }

    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Counts content operators and checks the clock at every operator and glyph: a page drawn thousands of times,
     * or glyphs piled on one spot (whose overlap check is quadratic), stop within the time budget.
     */
    private static final class BoundedStripper extends PDFTextStripper {
        private final long budget;
        private final long deadline;
        private long operators;

        BoundedStripper(long budget, long deadline) throws IOException {
            this.budget = budget;
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators > budget) {
                throw new OverBudget("asks for more drawing work than its size explains (over " + budget
                        + " operations)");
            }
            checkClock();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            checkClock();
            super.processTextPosition(text);
        }

        private void checkClock() {
            if (System.nanoTime() > deadline) {
                throw new OverBudget("takes too long to read for its size");
            }
        }
    }

    /** A writer that stops the extraction once it holds enough characters. */
    private static final class CappedWriter extends Writer {
        private final StringWriter text = new StringWriter();
        private final int max;

        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super(null, null, false, false);
            }
        }

        CappedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            int room = max - text.getBuffer().length();
            text.write(chars, off, Math.min(len, Math.max(0, room)));
            if (len >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
