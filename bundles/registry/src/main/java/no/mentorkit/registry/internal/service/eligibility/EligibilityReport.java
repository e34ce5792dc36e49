package no.mentorkit.registry.internal.service.eligibility;

import java.util.List;

/** Whether a mentor may take a new course, with every rule's outcome. */
public record EligibilityReport(long mentorId, String name, boolean eligible, List<Check> checks) {

    public List<Check> warnings() {
        return checks.stream().filter(c -> Check.WARN.equals(c.outcome())).toList();
    }
}
