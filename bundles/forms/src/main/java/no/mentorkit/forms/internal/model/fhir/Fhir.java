package no.mentorkit.forms.internal.model.fhir;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one HAPI FHIR R4 context of the bundle. Building it scans the R4 model and takes a noticeable time, so it is
 * made on first use, not when the bundle starts.
 */
public final class Fhir {

    /** Where Mentorkit's own extensions are named. */
    public static final String MENTORKIT = "https://mentorkit.no/fhir/StructureDefinition/";
    public static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    public static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    public static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public static final String REGEX = "http://hl7.org/fhir/StructureDefinition/regex";
    public static final String ENABLE_WHEN_EXPRESSION =
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
    public static final String MEDIA_TYPE = "application/fhir+json";

    private static final Logger LOG = LoggerFactory.getLogger(Fhir.class);

    private Fhir() {
    }

    private static final class Holder {
        static final FhirContext R4 = create();
    }

    public static FhirContext context() {
        return Holder.R4;
    }

    /** A JSON parser; parsers are cheap and not shared between threads. */
    public static IParser json() {
        return context().newJsonParser().setPrettyPrint(true);
    }

    private static FhirContext create() {
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // HAPI looks some classes up through the context class loader; in OSGi that is not this bundle's.
        thread.setContextClassLoader(Fhir.class.getClassLoader());
        try {
            FhirContext context = FhirContext.forR4();
            context.getResourceDefinition("Questionnaire");
            context.getResourceDefinition("QuestionnaireResponse");
            LOG.info("FHIR R4 context ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            return context;
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
