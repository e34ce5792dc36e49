package no.mentorkit.ethics.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.rest.Validation;

/**
 * A disclosure as posted. {@code corrects} (with {@code correctionReason}) makes it a correction of an earlier
 * entry, which stays as it was.
 */
public record DisclosureInput(String caseCode, String disclosedAt, String recipient, String what, String legalBasis,
        String legalBasisText, String decidedBy, Long corrects, String correctionReason) {

    /**
     * Collects every problem: a case code, a date not in the future, recipient, what and who decided as free text
     * without national identity numbers, a legal basis from the closed list, and its text where the basis needs one
     * ({@code other}; {@code fvl13-exception} names which exception).
     */
    public Validation validate(LocalDate today) {
        Validation v = new Validation();
        v.caseCode("caseCode", caseCode);
        v.required("disclosedAt", disclosedAt);
        if (disclosedAt != null && !disclosedAt.isBlank()) {
            try {
                v.check(!LocalDate.parse(disclosedAt.strip()).isAfter(today), "disclosedAt", "cannot be in the future");
            } catch (DateTimeParseException e) {
                v.check(false, "disclosedAt", "must be a date (YYYY-MM-DD)");
            }
        }
        v.required("recipient", recipient).freeText("recipient", recipient, 500);
        v.required("what", what).freeText("what", what, 4000);
        v.oneOf("legalBasis", legalBasis, EthicsCodes.LEGAL_BASES, true);
        boolean needsText = EthicsCodes.OTHER.equals(legalBasis) || EthicsCodes.FVL13_EXCEPTION.equals(legalBasis);
        v.check(!needsText || (legalBasisText != null && !legalBasisText.isBlank()), "legalBasisText",
                EthicsCodes.OTHER.equals(legalBasis) ? "is required when the legal basis is other"
                        : "name the exception in forvaltningsloven §13 that applies");
        v.freeText("legalBasisText", legalBasisText, 2000);
        v.required("decidedBy", decidedBy).freeText("decidedBy", decidedBy, 200);
        v.check(corrects == null || (correctionReason != null && !correctionReason.isBlank()), "correctionReason",
                "say what the correction changes");
        v.freeText("correctionReason", correctionReason, 2000);
        return v;
    }
}
