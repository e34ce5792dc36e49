package no.mentorkit.forms.internal.model;

import java.util.Comparator;
import java.util.regex.Pattern;

/** Semantic versions {@code MAJOR.MINOR.PATCH} as form versions use them, compared numerically. */
public final class SemVer {

    public static final Pattern PATTERN = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

    /** Orders versions from lowest to highest. */
    public static final Comparator<String> ORDER = (a, b) -> {
        int[] x = parts(a);
        int[] y = parts(b);
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private SemVer() {
    }

    public static boolean valid(String version) {
        return version != null && PATTERN.matcher(version).matches();
    }

    private static int[] parts(String v) {
        String[] p = v.split("\\.");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
    }
}
