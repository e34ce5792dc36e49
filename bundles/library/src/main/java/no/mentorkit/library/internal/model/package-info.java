/**
 * The library's values: resources, drafts with their validation, the access levels and the code lists (topics,
 * languages, audiences, evidence) that resources carry, and the view of a resource the API answers with.
 */
package no.mentorkit.library.internal.model;
