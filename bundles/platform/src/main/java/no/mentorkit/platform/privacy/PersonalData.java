package no.mentorkit.platform.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A module's records about a user, as the module's API shows them, and the audit references (record type and id)
 * under which reads of them are logged, so the platform can say who read them.
 */
@ProviderType
public record PersonalData(Object records, List<RecordRef> refs) {

    public PersonalData {
        refs = List.copyOf(refs);
    }

    /** A record as the audit log names it, e.g. {@code mentor} and {@code 17}. */
    @ProviderType
    public record RecordRef(String recordType, String recordId) {
    }
}
