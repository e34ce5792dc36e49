/** The append-only audit log every module writes to for each access to personal data. */
@org.osgi.annotation.versioning.Version("1.2.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.audit;
