/** The matching engine: ranks mentors for a need by weighted criteria. */
package no.mentorkit.registry.internal.service.matching;
