/**
 * The Lucene index and search engine: documents as fields per language, analyzers for bokmål, nynorsk and
 * English, access levels as filters inside the query, facets, snippets, suggestions and similar resources. The
 * index is derived from the database and can always be rebuilt from it.
 */
package no.mentorkit.library.internal.service.index;
