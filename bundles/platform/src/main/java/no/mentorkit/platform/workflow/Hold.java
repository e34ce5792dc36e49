package no.mentorkit.platform.workflow;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Why a step may not be taken yet.
 *
 * @param module the module holding the step back, e.g. {@code ethics}
 * @param code a stable code clients may translate, e.g. {@code checklist-unsigned}
 * @param detail a human-readable explanation naming what is missing
 */
@ProviderType
public record Hold(String module, String code, String detail) {
}
