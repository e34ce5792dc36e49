package no.mentorkit.forms;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a definition came from: Karaf's deploy/ folder, an admin's upload, or a bundle carrying forms. */
public enum DeploySource {
    DEPLOY_FOLDER, UPLOAD, BUNDLE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DeploySource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
