package no.mentorkit.platform.workflow;

import org.osgi.annotation.versioning.ProviderType;

import no.mentorkit.platform.security.UserPrincipal;

/**
 * A step about to be taken, e.g. module {@code registry}, record type {@code course}, record id the case code,
 * step {@code activate}.
 *
 * @param module id of the module taking the step
 * @param recordType kind of record, e.g. {@code course}
 * @param recordId the record's id or case code
 * @param step what is about to happen, e.g. {@code activate}
 * @param actor who takes it
 */
@ProviderType
public record Step(String module, String recordType, String recordId, String step, UserPrincipal actor) {
}
