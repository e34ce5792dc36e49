/** Platform API shared by every Mentorkit module: module descriptors. */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform;
