/**
 * The library's rules. {@link no.mentorkit.library.internal.service.Library} is the core in plain Java (database
 * first, then the index, one lock ordering changes, background jobs); the DS services around it add who may see
 * what and the audit of every change: documents, search and administration.
 */
package no.mentorkit.library.internal.service;
