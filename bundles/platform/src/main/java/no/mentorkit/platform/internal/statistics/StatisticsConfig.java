package no.mentorkit.platform.internal.statistics;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mentorkit statistics", description = "Small-cell suppression of the statistics")
public @interface StatisticsConfig {

    @AttributeDefinition(description = "Counts from 1 up to one below this are withheld, with the total and one "
            + "more cell so they cannot be derived; at least 2", min = "2")
    int threshold() default 5;
}
