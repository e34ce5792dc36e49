/** Who is calling: roles and the authenticated principal. */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.security;
