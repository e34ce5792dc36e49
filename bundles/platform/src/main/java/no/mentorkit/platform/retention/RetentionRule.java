package no.mentorkit.platform.retention;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A rule in force: keep for {@code keepDays} after the kind's event, then {@code action}.
 *
 * @param setByOrganisation whether the organisation set it (otherwise it is the module's default)
 */
@ProviderType
public record RetentionRule(int keepDays, RetentionAction action, boolean setByOrganisation) {

    /** When a record whose event happened at {@code event} falls due, or empty when it is kept. */
    public Optional<Instant> dueAt(Instant event) {
        return action == RetentionAction.KEEP ? Optional.empty()
                : Optional.of(event.plus(keepDays, ChronoUnit.DAYS));
    }
}
