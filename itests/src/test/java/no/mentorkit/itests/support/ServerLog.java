package no.mentorkit.itests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Karaf log as evidence: a 500 answer carries only a reference, so a test that sees one quotes the logged failure,
 * and a rare race that CI hits once tells us its cause instead of only its status.
 */
public final class ServerLog {

    private static final Pattern REFERENCE = Pattern.compile("Quote reference (\\w+)");
    private static final String FAILURE = "Unexpected failure, reference ";
    private static final int LINES_AFTER = 40;

    private ServerLog() {
    }

    /** The log of the container a test runs in. */
    public static Path inContainer() {
        return Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
    }

    /** The logged failure a problem answer refers to, from the container's own log. */
    public static String failureQuotedIn(String answer) {
        Matcher m = REFERENCE.matcher(answer == null ? "" : answer);
        return m.find() ? excerpts(inContainer(), "reference " + m.group(1), 1) : "(the answer quotes no reference)";
    }

    /** The first unexpected failures the log holds, each with its stack trace. */
    public static String unexpectedFailures(Path log) {
        return excerpts(log, FAILURE, 3);
    }

    private static String excerpts(Path log, String marker, int most) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size() && out.size() < most; i++) {
                if (lines.get(i).contains(marker)) {
                    out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_AFTER))));
                }
            }
            return out.isEmpty() ? "(no '" + marker + "' in " + log + ")" : String.join("\n", out);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
