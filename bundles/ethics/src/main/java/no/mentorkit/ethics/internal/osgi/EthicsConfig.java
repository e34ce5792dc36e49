package no.mentorkit.ethics.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the ethics module (PID {@code no.mentorkit.ethics}). */
@ObjectClassDefinition(name = "Mentorkit ethics", description = "Ethics checklists, sign-offs, disclosure log, guidelines")
public @interface EthicsConfig {

    @AttributeDefinition(description = "Checklist ids marked required on the first start with an empty database; "
            + "afterwards admins change the requirements in the UI (this key is not read again)")
    String[] requiredOnFirstStart() default {"course-start"};
}
