package no.mentorkit.ethics.internal.model;

import java.time.Instant;
import java.util.Map;

/**
 * A checklist filled in for a subject ({@code course:<caseCode>} or {@code mentor:<userId>}) with one published
 * checklist version, and who took each step when. {@code rowVersion} guards concurrent changes.
 */
public record Completion(long id, String subjectType, String subjectId, String formId, String formVersion,
        String status, Map<String, ItemAnswer> answers, long authorId, String authorName, Instant createdAt,
        Instant updatedAt, Long signedById, String signedBy, Instant signedAt, Long countersignedById,
        String countersignedBy, String countersignedRole, Instant countersignedAt, String countersignComment,
        int rowVersion) {

    public String subject() {
        return subjectType + ":" + subjectId;
    }

    public boolean draft() {
        return EthicsCodes.DRAFT.equals(status);
    }

    public boolean countersigned() {
        return EthicsCodes.COUNTERSIGNED.equals(status);
    }

    /** The case code for a course completion, else {@code null}. */
    public String caseCode() {
        return EthicsCodes.COURSE.equals(subjectType) ? subjectId : null;
    }
}
