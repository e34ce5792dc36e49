package no.mentorkit.platform.retention;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** The legal holds in force: records about a held case code or mentor are not deleted or anonymised. */
@ProviderType
public interface LegalHolds {

    boolean caseHeld(String caseCode);

    boolean mentorHeld(long mentorId);

    /** The holds on these case codes and mentor ids. */
    static LegalHolds of(Set<String> cases, Set<Long> mentors) {
        Set<String> heldCases = Set.copyOf(cases);
        Set<Long> heldMentors = Set.copyOf(mentors);
        return new LegalHolds() {
            @Override
            public boolean caseHeld(String caseCode) {
                return heldCases.contains(caseCode);
            }

            @Override
            public boolean mentorHeld(long mentorId) {
                return heldMentors.contains(mentorId);
            }
        };
    }
}
