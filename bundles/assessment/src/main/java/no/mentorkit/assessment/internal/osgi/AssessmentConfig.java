package no.mentorkit.assessment.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the assessment module (PID {@code no.mentorkit.assessment}). */
@ObjectClassDefinition(name = "Mentorkit assessment", description = "Risk assessments of subjects")
public @interface AssessmentConfig {

    @AttributeDefinition(description = "Pattern a typed case code must match when no registry provides subjects")
    String casePattern() default "[A-Z]{2,4}-\\d{4}-\\d{3}";

    @AttributeDefinition(description = "The due list shows reassessments due within this many days, and overdue ones")
    int dueWithinDays() default 30;
}
