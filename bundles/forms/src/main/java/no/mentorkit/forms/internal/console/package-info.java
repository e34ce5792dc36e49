/**
 * Karaf shell commands {@code forms:list} and {@code forms:validate}, found through the {@code Karaf-Commands}
 * header.
 */
package no.mentorkit.forms.internal.console;
