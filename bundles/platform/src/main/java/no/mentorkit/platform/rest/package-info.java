/** REST conventions: the shared application, problem responses, access annotations. */
@org.osgi.annotation.versioning.Version("1.3.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.rest;
