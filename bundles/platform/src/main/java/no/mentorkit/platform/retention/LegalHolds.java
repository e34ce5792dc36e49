package no.mentorkit.platform.retention;

import org.osgi.annotation.versioning.ProviderType;

/** The legal holds in force: records about a held case code or mentor are not deleted or anonymised. */
@ProviderType
public interface LegalHolds {

    boolean caseHeld(String caseCode);

    boolean mentorHeld(long mentorId);
}
