package no.mentorkit.platform.audit;

import java.util.Collection;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The detail of an audited list: which records the caller was shown (ids or case codes), so the log says what each
 * person saw and nothing else. A count alone would not tell whose data was read.
 */
@ProviderType
public final class Shown {

    private Shown() {
    }

    /** {@code shown: 3, 5, 8}, or {@code shown: none}. */
    public static String list(Collection<?> records) {
        return records.isEmpty() ? "shown: none"
                : records.stream().map(String::valueOf).collect(Collectors.joining(", ", "shown: ", ""));
    }
}
