package no.mentorkit.platform.retention;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A kind of record a module keeps, with the event its retention period counts from (a code such as
 * {@code course-closed}) and the module's shipped default, which the organisation may change.
 *
 * @param id         the kind's code, unique within the module (e.g. {@code closed-courses})
 * @param after      the code of the event the period counts from
 * @param keepDays   the default period in days
 * @param action     the default action when the period has run out
 * @param actions    the actions the module can carry out for this kind (always including {@code KEEP})
 */
@ProviderType
public record RecordKind(String id, String after, int keepDays, RetentionAction action, Set<RetentionAction> actions) {

    public RecordKind {
        actions = Set.copyOf(actions);
        if (!actions.contains(action) || !actions.contains(RetentionAction.KEEP)) {
            throw new IllegalArgumentException("the default and KEEP must be among the actions of " + id);
        }
    }

    /** A kind the module can only delete or keep, deleted by default after {@code keepDays}. */
    public static RecordKind deleted(String id, String after, int keepDays) {
        return new RecordKind(id, after, keepDays, RetentionAction.DELETE,
                Set.of(RetentionAction.DELETE, RetentionAction.KEEP));
    }
}
