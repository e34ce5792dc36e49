/** DS wiring that is neither a resource nor a rule: typed configuration (PID no.mentorkit.assessment), the module's announcement to the UI and its status line. */
package no.mentorkit.assessment.internal.osgi;
