/**
 * Files to resources: Markdown with front matter, HTML, plain text and PDF are read into drafts, within bounds
 * (size, pages, time) so that a hostile file cannot exhaust the server; folder imports only read configured folders.
 */
package no.mentorkit.library.internal.service.importer;
