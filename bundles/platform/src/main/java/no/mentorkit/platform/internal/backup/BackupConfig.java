package no.mentorkit.platform.internal.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mentorkit backup", description = "Online backups of the embedded database")
public @interface BackupConfig {

    @AttributeDefinition(description = "Folder the backups are written to; empty means <karaf home>/backups. "
            + "Put it on another disk than the data folder.")
    String folder() default "";

    @AttributeDefinition(description = "Key file (32 bytes, raw or Base64, owner-only) to encrypt backups with "
            + "AES-256-GCM; empty writes them unencrypted. Keep it outside the data folder and outside the backups.")
    String keyFile() default "";
}
