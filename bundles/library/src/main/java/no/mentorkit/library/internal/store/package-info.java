/**
 * JDBC stores for the library's schema: resources with their generation counter (which the index commits with),
 * attachments, synonym groups and anonymous zero-result counts.
 */
package no.mentorkit.library.internal.store;
