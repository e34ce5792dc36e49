package no.mentorkit.registry.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the registry (PID {@code no.mentorkit.registry}); defaults in etc/no.mentorkit.registry.cfg. */
@ObjectClassDefinition(name = "Mentorkit registry", description = "Eligibility rules and matching weights")
public @interface RegistryConfig {

    @AttributeDefinition(description = "Years a police certificate counts from its date")
    int certificateValidityYears() default 3;

    @AttributeDefinition(description = "Weeks the last supervision may be old")
    int supervisionWeeks() default 8;

    @AttributeDefinition(description = "Days ahead the falls-due-soon list looks")
    int dueSoonDays() default 30;

    @AttributeDefinition(description = "Age under which a mentor is proposed with a warning (never excluded)")
    int preferredMinimumAge() default 25;

    @AttributeDefinition(name = "weight.language")
    int weight_language() default 30;

    @AttributeDefinition(name = "weight.competence")
    int weight_competence() default 20;

    @AttributeDefinition(name = "weight.interests")
    int weight_interests() default 15;

    @AttributeDefinition(name = "weight.locality")
    int weight_locality() default 10;

    @AttributeDefinition(name = "weight.gender")
    int weight_gender() default 10;

    @AttributeDefinition(name = "weight.age")
    int weight_age() default 10;

    @AttributeDefinition(name = "weight.load")
    int weight_load() default 5;

    @AttributeDefinition(description = "Load the fictional demo mentor bank (also MENTORKIT_DEMO=true)")
    boolean demo() default false;
}
