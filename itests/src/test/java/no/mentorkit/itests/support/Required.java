package no.mentorkit.itests.support;

/**
 * Tests that need something from the machine (PostgreSQL, Chromium) skip with a visible reason on a developer
 * machine that lacks it, but fail in CI, where {@code .ci/run} installs it: a skipped test there would hide a gap.
 */
public final class Required {

    private Required() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The message to skip with, after making sure CI does not skip. */
    public static String unavailable(String what) {
        String message = what + " is not available on this machine: test skipped. CI installs it and runs the test.";
        if (inCi()) {
            throw new AssertionError(what + " is not available, but CI must run this test.");
        }
        System.err.println("SKIPPED: " + message);
        return message;
    }
}
