/**
 * The retention schedule: the organisation's rules and legal holds (RetentionStore), the run across every
 * installed module's RetentionParticipant with its audit (RetentionService, daily and on demand) and the admin API
 * (RetentionResource).
 */
package no.mentorkit.platform.internal.retention;
