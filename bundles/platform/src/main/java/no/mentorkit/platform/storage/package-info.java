/** The shared database and per-module schema migrations. */
@org.osgi.annotation.versioning.Version("1.2.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.storage;
