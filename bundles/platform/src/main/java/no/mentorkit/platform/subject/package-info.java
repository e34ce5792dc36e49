/**
 * Subjects: the pseudonymous people a module's records are about (a course of mentoring by its case code).
 * A module that keeps subjects publishes a {@link no.mentorkit.platform.subject.SubjectDirectory}; modules that
 * refer to subjects use {@link no.mentorkit.platform.subject.Subjects}, which the platform answers from the
 * directory when one is present and as an empty one otherwise (they fall back to a typed case code).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.subject;
