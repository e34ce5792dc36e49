/** Codes the ethics module's API speaks (legal bases, completion states, hold codes); labels live in the UI. */
@org.osgi.annotation.versioning.Version("1.0.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.ethics;
