/** Records and codes the resources, rules and stores pass around; the codes are the API's words, labels live in the UI. */
package no.mentorkit.ethics.internal.model;
