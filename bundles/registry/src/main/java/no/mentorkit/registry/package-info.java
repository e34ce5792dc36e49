/**
 * The registry's shared vocabulary: the codes its API and other modules use for target groups, levels of work,
 * regional networks and the states of a course of mentoring.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.registry;
