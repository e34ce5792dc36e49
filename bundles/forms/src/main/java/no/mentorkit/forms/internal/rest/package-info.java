/**
 * The forms admin API under {@code /api/forms} on the platform's shared JAX-RS application; it translates HTTP
 * to {@code service} calls and nothing more.
 */
package no.mentorkit.forms.internal.rest;
