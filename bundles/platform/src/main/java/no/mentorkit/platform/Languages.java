package no.mentorkit.platform;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The languages the user interface and every translated text is kept in, once for all modules: Norwegian Bokmål,
 * Norwegian Nynorsk and English, by their ISO 639-1 codes. The browser's copy is {@code LANGS} in
 * {@code /ui/i18n.js}.
 */
@ProviderType
public final class Languages {

    /** Bokmål, the language shown when the user has chosen none. */
    public static final String DEFAULT = "nb";

    /** Every supported language, in the order they are offered. */
    public static final List<String> ALL = List.of(DEFAULT, "nn", "en");

    private Languages() {
    }
}
