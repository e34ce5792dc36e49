/** The ethics rules: need-to-know per request (EthicsAccess), checklist answers and sign-off, disclosures, the due list, and the workflow guard that holds a step until its checklist is signed. */
package no.mentorkit.ethics.internal.service;
