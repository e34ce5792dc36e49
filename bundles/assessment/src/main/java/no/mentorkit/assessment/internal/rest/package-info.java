/** JAX-RS resources of /api/assessment: they read parameters and the caller, call the rules and shape the answer. */
package no.mentorkit.assessment.internal.rest;
