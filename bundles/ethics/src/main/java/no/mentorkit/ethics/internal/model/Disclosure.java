package no.mentorkit.ethics.internal.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One sharing of information about a person: when, to whom, what, on which legal basis and who decided.
 * {@code corrects} names the entry this one corrects (entries are never changed in place).
 */
public record Disclosure(long id, String caseCode, LocalDate disclosedOn, String recipient, String what,
        String legalBasis, String legalBasisText, String decidedBy, Long corrects, String correctionReason,
        long recordedById, String recordedBy, Instant recordedAt) {
}
