/**
 * OSGi wiring: the runtime component that opens the database schema and index in the background, the typed
 * configuration ({@code etc/no.mentorkit.library.cfg}), the module's announcement to the UI shell and its status
 * contribution.
 */
package no.mentorkit.library.internal.osgi;
