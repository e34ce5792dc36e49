package no.mentorkit.library.internal.service.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Uploads and folder imports of HTML files: every input is read into a draft or refused as the REST layer
 * refuses it (a format error or an unreadable file, both 400), never another exception (a 500) or a hang.
 */
class HtmlImportFuzzTest {

    @FuzzTest(maxExecutions = 100000, maxDuration = "60s")
    void extract(byte[] content) {
        ImportFuzzing.extract("fuzz.html", content);
    }
}
