/** Status reports that modules contribute to {@code mentorkit:status} and the admin status page. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package no.mentorkit.platform.status;
