package no.mentorkit.platform.retention;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The schedule as it stands, for a module that shows its users when a record will go: the rule in force for each
 * of its kinds and the legal holds. Published by the platform.
 */
@ProviderType
public interface RetentionSchedule {

    /** The rule in force for a kind of the module's records, or empty when no installed module keeps that kind. */
    Optional<RetentionRule> rule(String module, String kind);

    /** The legal holds in force now. */
    LegalHolds holds();
}
