package no.mentorkit.forms;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Life cycle of a form version: a draft may still change; a published version never does; retired is hidden. */
public enum FormStatus {
    DRAFT, PUBLISHED, RETIRED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
