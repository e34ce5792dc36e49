/**
 * The self-description of the REST API at {@code /api/openapi.json}: which resources are attached to the Mentorkit
 * application now (read from the service registry) and an OpenAPI 3 document written from their JAX-RS annotations.
 */
package no.mentorkit.platform.internal.openapi;
