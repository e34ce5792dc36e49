/**
 * The form engine's line in {@code mentorkit:status}: published definitions by kind and refused deployments.
 */
package no.mentorkit.forms.internal.status;
