/**
 * What is done with forms: the answer rules behind {@code FormRules} (visibility, validation, scoring of a filled
 * form), and {@code FormAdministration}, which holds the kind claims, access to a version and the audit calls of
 * the admin API. Private: other bundles reach these through the API package.
 */
package no.mentorkit.forms.internal.service;
