package no.mentorkit.library.internal.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read a resource. Levels are ordered: a caller cleared for a level sees that level and every lower one.
 * {@code ALL}: every signed-in user; {@code TRAINED}: mentors, supervisors, coordinators, admins;
 * {@code COORDINATOR}: coordinators and admins.
 */
public enum AccessLevel {
    ALL, TRAINED, COORDINATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessLevel> fromCode(String code) {
        for (AccessLevel a : values()) {
            if (a.code().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The highest level a holder of these role codes may read. */
    public static AccessLevel clearance(Set<String> roleCodes) {
        if (roleCodes.contains("admin") || roleCodes.contains("coordinator")) {
            return COORDINATOR;
        }
        if (roleCodes.contains("mentor") || roleCodes.contains("supervisor")) {
            return TRAINED;
        }
        return ALL;
    }

    public boolean allows(AccessLevel resourceLevel) {
        return resourceLevel.ordinal() <= ordinal();
    }
}
