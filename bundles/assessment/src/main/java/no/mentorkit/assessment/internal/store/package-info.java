/** JDBC store of the assessment schema; it knows SQL and rows, not who may see them. */
package no.mentorkit.assessment.internal.store;
