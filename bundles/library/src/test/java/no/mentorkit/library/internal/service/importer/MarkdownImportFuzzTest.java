package no.mentorkit.library.internal.service.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Uploads and folder imports of YAML front matter and Markdown files: every input is read into a draft or refused as the REST layer
 * refuses it (a format error or an unreadable file, both 400), never another exception (a 500) or a hang.
 */
class MarkdownImportFuzzTest {

    @FuzzTest(maxExecutions = 30000, maxDuration = "60s")
    void extract(byte[] content) {
        ImportFuzzing.extract("fuzz.md", content);
    }
}
