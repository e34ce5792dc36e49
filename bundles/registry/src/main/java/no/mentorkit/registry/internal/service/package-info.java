/** The registry rules: who may see and change a mentor, a course or a supervision (RegistryAccess), validation, the subject directory other modules consult, and the audit of every read and change. */
package no.mentorkit.registry.internal.service;
