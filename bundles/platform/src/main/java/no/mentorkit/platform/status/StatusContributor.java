package no.mentorkit.platform.status;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Whiteboard service through which a module reports on its own state for {@code mentorkit:status} and the admin
 * status page: an index's size, the forms deployed, what failed. It must answer quickly, from memory or a cheap
 * count, and never with personal data.
 */
@ConsumerType
public interface StatusContributor {

    /** What is reported on, e.g. {@code library} or {@code forms}. */
    String id();

    /** The state right now. */
    Status status();

    /**
     * Why the module works only in part right now (e.g. "library index cannot be written: disk full"), for
     * {@code /api/health}, which then says DEGRADED; empty when it is whole. Polled often: answer from memory.
     */
    default Optional<String> degraded() {
        return Optional.empty();
    }

    /**
     * One report.
     *
     * @param healthy false when the module cannot do its work (an index unavailable, a deployment refused, …)
     * @param summary one line an operator reads first, in English, e.g. "5,043 documents, in step with the database"
     * @param details facts as names and plain values (numbers, strings, booleans, lists of strings)
     */
    @ProviderType
    record Status(boolean healthy, String summary, Map<String, Object> details) {

        public Status {
            details = Map.copyOf(details);
        }
    }
}
