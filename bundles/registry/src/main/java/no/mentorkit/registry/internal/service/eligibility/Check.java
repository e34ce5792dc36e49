package no.mentorkit.registry.internal.service.eligibility;

import java.time.LocalDate;

/**
 * One rule's outcome for one mentor.
 *
 * @param code the rule: status, police-certificate, training, supervision, capacity, conflicts, age
 * @param outcome ok, fail (excludes) or warn (never excludes)
 * @param detail what was found, in English; the UI translates the code and shows the detail
 * @param dueOn when the rule stops holding, where that is known (certificate expiry, supervision due)
 */
public record Check(String code, String outcome, String detail, LocalDate dueOn) {

    public static final String OK = "ok";
    public static final String FAIL = "fail";
    public static final String WARN = "warn";

    public boolean failed() {
        return FAIL.equals(outcome);
    }
}
