/**
 * Retention: how long each kind of record is kept after its event, and what then happens to it. A module that
 * keeps personal data publishes a {@link no.mentorkit.platform.retention.RetentionParticipant} for its own
 * records; the platform keeps the organisation's schedule and legal holds and runs the schedule, but never touches
 * a module's tables itself.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.retention;
