package no.mentorkit.platform.privacy;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** A module's part of what Mentorkit holds about one user account, published as a service. */
@ConsumerType
public interface PersonalDataSource {

    /** The module id, as in the audit log. */
    String module();

    /** What the module holds about the account, or empty if nothing. Called for the subject's own access request. */
    Optional<PersonalData> about(long userId);
}
