package no.mentorkit.platform.internal.audit;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mentorkit audit checkpoints",
        description = "Signed checkpoints of the audit chain's head, written outside the database")
public @interface CheckpointConfig {

    @AttributeDefinition(description = "Folder of checkpoints.log and the public key; empty means "
            + "${karaf.data}/mentorkit/audit-checkpoints")
    String checkpointFolder() default "";

    @AttributeDefinition(description = "Ed25519 private key (PKCS#8, owner-only), made at the first start when "
            + "missing; empty means ${karaf.etc}/mentorkit-audit-signing.key. Never inside the database.")
    String signingKey() default "";

    @AttributeDefinition(description = "Seconds between checkpoints (one is also written at shutdown, and only "
            + "when the chain has grown)")
    int intervalSeconds() default 60;
}
