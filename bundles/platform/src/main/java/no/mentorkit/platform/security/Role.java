package no.mentorkit.platform.security;

import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The roles of Mentorkit users; the API spells them in lower case. */
@ProviderType
public enum Role {
    ADMIN, COORDINATOR, MENTOR, SUPERVISOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
