package no.mentorkit.registry.internal.service.eligibility;

/**
 * The configurable rules.
 *
 * @param certificateValidityYears years a police certificate counts from its date
 * @param supervisionWeeks weeks the last supervision may be old
 * @param dueSoonDays how far ahead "falls due soon" looks
 * @param preferredMinimumAge age under which a mentor is proposed with a warning
 */
public record EligibilityPolicy(int certificateValidityYears, int supervisionWeeks, int dueSoonDays,
        int preferredMinimumAge) {

    public static final EligibilityPolicy DEFAULT = new EligibilityPolicy(3, 8, 30, 25);
}
