/**
 * HTTP for the library: JAX-RS resources on the platform's shared application under {@code /api/library}. They
 * read parameters and the caller, call a service and shape the answer; rules, access checks and audit live in the
 * services.
 */
package no.mentorkit.library.internal.rest;
