/** JAX-RS resources of /api/registry: they read parameters and the caller, call RegistryService and shape the answer. */
package no.mentorkit.registry.internal.rest;
