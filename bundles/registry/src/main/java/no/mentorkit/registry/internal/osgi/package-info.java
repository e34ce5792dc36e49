/** DS wiring that is neither a resource nor a rule: typed configuration (PID no.mentorkit.registry), demo data on a fresh installation, the module's announcement to the UI and its status line. */
package no.mentorkit.registry.internal.osgi;
