package no.mentorkit.ethics.internal.service;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.store.ExpiredRecords;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RecordKind;
import no.mentorkit.platform.retention.RetentionAction;
import no.mentorkit.platform.retention.RetentionParticipant;

/**
 * The ethics module's retention: checklist completions (five years after their last change) and disclosures
 * (ten years after the newest about the case: they document a duty to avert or a consent, which may be questioned
 * long after). A legal hold on the case code, or on the mentor a completion is about, keeps them.
 */
@Component
public class EthicsRetention implements RetentionParticipant {

    static final String COMPLETIONS = "completions";
    static final String DISCLOSURES = "disclosures";

    private final ExpiredRecords expired;

    @Activate
    public EthicsRetention(@Reference ExpiredRecords expired) {
        this.expired = expired;
    }

    @Override
    public String module() {
        return EthicsCodes.MODULE;
    }

    @Override
    public List<RecordKind> kinds() {
        return List.of(
                RecordKind.deleted(COMPLETIONS, "completion-changed", 5 * 365),
                RecordKind.deleted(DISCLOSURES, "last-disclosure", 3650));
    }

    @Override
    public long due(String kind, Instant cutoff, LegalHolds holds) {
        return switch (kind) {
            case COMPLETIONS -> expired.completionsBefore(cutoff, (type, id) -> held(holds, type, id)).size();
            case DISCLOSURES -> expired.disclosuresBefore(cutoff, holds::caseHeld).stream()
                    .mapToLong(ExpiredRecords.CaseDisclosures::count).sum();
            default -> 0;
        };
    }

    @Override
    public long apply(String kind, Instant cutoff, RetentionAction action, LegalHolds holds) {
        if (action != RetentionAction.DELETE) {
            return 0;
        }
        return switch (kind) {
            case COMPLETIONS -> expired.deleteCompletions(
                    expired.completionsBefore(cutoff, (type, id) -> held(holds, type, id)));
            case DISCLOSURES -> expired.deleteDisclosures(expired.disclosuresBefore(cutoff, holds::caseHeld));
            default -> 0;
        };
    }

    static boolean held(LegalHolds holds, String subjectType, String subjectId) {
        if (EthicsCodes.MENTOR.equals(subjectType)) {
            return subjectId.matches("\\d{1,18}") && holds.mentorHeld(Long.parseLong(subjectId));
        }
        return holds.caseHeld(subjectId);
    }
}
