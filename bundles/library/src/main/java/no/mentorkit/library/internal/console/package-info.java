/**
 * Karaf shell commands ({@code library:import}, {@code library:reindex}) for operators at the console: they call
 * the core directly, with the same import-folder confinement as HTTP, and audit as {@code console}.
 */
package no.mentorkit.library.internal.console;
