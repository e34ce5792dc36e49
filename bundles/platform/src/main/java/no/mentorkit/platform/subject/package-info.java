/**
 * Subjects: the pseudonymous people a module's records are about (a course of mentoring by its case code).
 * A module that keeps subjects publishes a {@link no.mentorkit.platform.subject.SubjectDirectory}; modules that
 * refer to subjects use it when present (a dynamic, optional reference) and fall back to a typed case code.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.subject;
