/** The eligibility engine: which requirements a mentor meets, and what falls due, under a configured policy. */
package no.mentorkit.registry.internal.service.eligibility;
