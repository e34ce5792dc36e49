package no.mentorkit.itests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container's own log, read from inside it: a 500 answer carries only a reference, so a test that sees one quotes
 * the logged failure, and a rare race that CI hits once tells us its cause instead of only its status.
 */
public final class ServerLog {

    private static final Pattern REFERENCE = Pattern.compile("Quote reference (\\w+)");
    private static final int LINES_AFTER = 40;

    private ServerLog() {
    }

    /** The logged failure a problem answer refers to, or a note that it was not found. */
    public static String failureQuotedIn(String answer) {
        Matcher m = REFERENCE.matcher(answer == null ? "" : answer);
        if (!m.find()) {
            return "(the answer quotes no reference)";
        }
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("reference " + m.group(1))) {
                    return String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_AFTER)));
                }
            }
            return "(reference " + m.group(1) + " is not in " + log + ")";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
