package no.mentorkit.ethics.internal.rest;

/** JAX-RS resources of /api/ethics: they read parameters and the caller, call the rules and shape the answer. */
