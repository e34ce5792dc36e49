package no.mentorkit.platform.retention;

/** What happens to a record when its retention period has run out. */
public enum RetentionAction {
    /** Gone from the database and from every index and cache the module keeps. */
    DELETE,
    /** Personal fields removed; what statistics count is kept. */
    ANONYMISE,
    /** Kept: the organisation has not decided to delete (or must archive). */
    KEEP
}
