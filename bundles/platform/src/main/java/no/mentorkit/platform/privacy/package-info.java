/**
 * Access for the data subject (GDPR art. 15): a module that holds data about a Mentorkit user (a mentor's profile,
 * what they signed) publishes a {@link no.mentorkit.platform.privacy.PersonalDataSource}; the platform gathers every
 * module's part, with who has read those records and when, for the user or an admin on their behalf.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.privacy;
