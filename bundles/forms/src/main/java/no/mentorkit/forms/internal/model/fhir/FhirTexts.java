package no.mentorkit.forms.internal.model.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;

import no.mentorkit.platform.Languages;

/**
 * Texts in nb, nn and en on one FHIR string: the base language's text is the value, the others ride on it in
 * FHIR's translation extension.
 */
final class FhirTexts {

    static final String BASE = "nb";

    private FhirTexts() {
    }

    /** Sets the texts on the element; an empty map leaves it empty. */
    static <T extends PrimitiveType<String>> T put(T element, Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return element;
        }
        String base = texts.containsKey(BASE) ? BASE : texts.keySet().iterator().next();
        element.setValue(texts.get(base));
        for (String lang : Languages.ALL) {
            if (!lang.equals(base) && texts.containsKey(lang)) {
                Extension t = element.addExtension().setUrl(Fhir.TRANSLATION);
                t.addExtension("lang", new CodeType(lang));
                t.addExtension("content", new StringType(texts.get(lang)));
            }
        }
        return element;
    }

    /** The texts on an element, the value under the base language; null when the element has no text. */
    static Map<String, String> read(PrimitiveType<String> element, String baseLanguage) {
        if (element == null || element.getValue() == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(baseLanguage, element.getValue());
        for (Extension t : element.getExtensionsByUrl(Fhir.TRANSLATION)) {
            Extension lang = first(t, "lang");
            Extension content = first(t, "content");
            if (lang != null && content != null && lang.hasValue() && content.hasValue()) {
                texts.put(language(lang.getValue().primitiveValue()), content.getValue().primitiveValue());
            }
        }
        return texts;
    }

    /**
     * The first extension with the URL, or null. HAPI's own lookup throws when there are several, and a file may
     * have several.
     */
    static Extension first(Element element, String url) {
        List<Extension> found = element.getExtensionsByUrl(url);
        return found.isEmpty() ? null : found.get(0);
    }

    /** nb-NO, no and the like as Mentorkit's language codes; others as given, in lower case. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return BASE;
        }
        String lang = code.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return "no".equals(lang) ? BASE : lang;
    }
}
