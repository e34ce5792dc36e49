/**
 * The catalog of deployed versions and deployment outcomes in the {@code forms} schema: {@code FormCatalog} is the
 * {@code FormRegistry} service, {@code FormStore} its SQL.
 */
package no.mentorkit.forms.internal.store;
