/** Records the resources, rules and store pass around. */
package no.mentorkit.assessment.internal.model;
