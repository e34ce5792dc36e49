package no.mentorkit.forms;

import java.util.Locale;

/** Where a definition came from: Karaf's deploy/ folder, an admin's upload, or a bundle carrying forms. */
public enum DeploySource {
    DEPLOY_FOLDER, UPLOAD, BUNDLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DeploySource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
