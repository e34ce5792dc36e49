/** JSON as Mentorkit writes and reads it: one configured Jackson mapper for the API and for stored JSON. */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.json;
