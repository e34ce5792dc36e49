/**
 * The shared database and per-module schemas: a module bundle declares its schema with the manifest header
 * {@code Mentorkit-Schema}; the platform migrates it and publishes a {@link no.mentorkit.platform.storage.ModuleSchema}.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.storage;
