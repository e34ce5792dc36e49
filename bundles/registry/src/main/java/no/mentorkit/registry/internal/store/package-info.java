/** JDBC stores of the registry schema; they know SQL and rows, not who may see them. */
package no.mentorkit.registry.internal.store;
