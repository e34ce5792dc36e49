/** JDBC stores of the ethics schema; they know SQL and rows, not who may see them. */
package no.mentorkit.ethics.internal.store;
