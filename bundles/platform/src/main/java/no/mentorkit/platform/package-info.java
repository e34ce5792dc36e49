/** Platform API shared by every Mentorkit module: module descriptors and the supported languages. */
@org.osgi.annotation.versioning.Version("1.2.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform;
