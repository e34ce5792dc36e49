package no.mentorkit.forms;

import java.util.Locale;

/** Life cycle of a form version: a draft may still change; a published version never does; retired is hidden. */
public enum FormStatus {
    DRAFT, PUBLISHED, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
