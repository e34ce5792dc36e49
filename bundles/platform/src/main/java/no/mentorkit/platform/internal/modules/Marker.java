package no.mentorkit.platform.internal.modules;

import java.util.Optional;

import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Feature;

/**
 * Reads the capability by which a feature says it is a Mentorkit module ({@code mentorkit.module;id=registry}) or an
 * organisation profile ({@code mentorkit.profile;id=municipality}), so the catalog needs no list of names of its own.
 */
final class Marker {

    static final String MODULE = "mentorkit.module";
    static final String PROFILE = "mentorkit.profile";

    private Marker() {
    }

    /** The id the feature carries in the given namespace, if it carries one. */
    static Optional<String> id(Feature feature, String namespace) {
        for (Capability capability : feature.getCapabilities()) {
            Optional<String> id = parse(capability.getValue(), namespace);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** {@code ns;id=x} → x when ns is the namespace asked for. */
    static Optional<String> parse(String header, String namespace) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.split(";");
        if (!parts[0].trim().equals(namespace)) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals("id")) {
                return Optional.of(pair[1].trim().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
