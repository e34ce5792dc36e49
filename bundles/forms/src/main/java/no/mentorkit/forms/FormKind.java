package no.mentorkit.forms;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's claim on a kind of form ({@link FormDefinition#ASSESSMENT}, {@link FormDefinition#CHECKLIST}): the
 * module registers one as a service while it is active, and the forms admin API accepts uploads only of kinds
 * some active module claims, so nobody publishes a form that no installed module can fill in.
 */
@ConsumerType
public interface FormKind {

    /** The {@code kind} value of the definitions this module fills in. */
    String kind();
}
