package no.mentorkit.platform;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service a module registers to announce itself: {@code GET /api/modules} lists every
 * registered descriptor, so the UI navigation follows modules as they are installed and removed.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Stable module id, e.g. {@code registry}. */
    String id();

    /** The module's version, usually its bundle version. */
    String version();

    /** Display name per language code ({@code nb}, {@code nn}, {@code en}). */
    Map<String, String> title();

    /** Path of the module's UI ES module, or {@code null} when it has no UI. */
    default String uiModule() {
        return null;
    }

    /** Roles that see the module in the navigation; empty means every signed-in user. */
    default Set<String> roles() {
        return Set.of();
    }
}
