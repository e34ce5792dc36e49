package no.mentorkit.platform.retention;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's retention of its own records, published as a service. The platform calls it with a cutoff (now minus
 * the kind's period): records whose event lies before it and that no legal hold covers are due. Both methods run in
 * the caller's transaction, so an applied action commits with the platform's audit entry for it.
 */
@ConsumerType
public interface RetentionParticipant {

    /** The module id, as in the audit log and the module list. */
    String module();

    /** The kinds of record the module keeps, with its defaults. */
    List<RecordKind> kinds();

    /** How many records of the kind are due before {@code cutoff}, held ones left out: the preview. */
    long due(String kind, Instant cutoff, LegalHolds holds);

    /** Carries out the action on the due records and returns how many it changed or removed. */
    long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds);
}
