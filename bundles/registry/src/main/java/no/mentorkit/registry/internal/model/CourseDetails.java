package no.mentorkit.registry.internal.model;

/**
 * What was agreed for a course: who commissioned it, the agreement and the goals. Free text is checked for
 * anything that looks like a national identity number before it is stored.
 */
public record CourseDetails(String commissioningParty, Agreement agreement, Goals goals, String notes) {

    public static final CourseDetails EMPTY = new CourseDetails(null, null, null, null);

    /** What the mentor does, how often, for how long and how it is reported. */
    public record Agreement(String what, String frequency, String duration, String reporting) {
    }

    /** Motivation for positive change, less risk behaviour and fewer signs of concern, and the person's own goals. */
    public record Goals(String motivation, String riskReduction, String ownGoals) {
    }
}
