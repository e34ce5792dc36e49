package no.mentorkit.registry.internal.model;

import java.util.List;
import java.util.Map;

/** Codes the registry's API speaks; labels live in the UI. */
public final class Codes {

    /** The six target groups of DOMAIN.md, in its order. */
    public static final List<String> TARGET_GROUPS = List.of("at-risk", "in-process", "extremist-network",
            "returned-fighter", "child-of-fighter", "relatives");

    /** Levels the work happens on. */
    public static final List<String> LEVELS = List.of("individual", "family", "system");

    /** Regional networks, one per RVTS. */
    public static final List<String> NETWORKS = List.of("vest", "midt", "nord", "sor", "ost");

    /** States of a course of mentoring, in workflow order. */
    public static final List<String> COURSE_STATUSES = List.of("referred", "matching", "active", "paused", "closed");

    /** Which course states may follow which. Closing always needs a reason. */
    public static final Map<String, List<String>> COURSE_TRANSITIONS = Map.of(
            "referred", List.of("matching", "closed"),
            "matching", List.of("referred", "active", "closed"),
            "active", List.of("paused", "closed"),
            "paused", List.of("active", "closed"),
            "closed", List.of());

    public static final List<String> MENTOR_STATUSES = List.of("active", "paused", "left");
    public static final List<String> ORGANISATION_TYPES = List.of("municipality", "ngo", "faith-community", "police",
            "other");
    public static final List<String> EMPLOYMENT_MODELS = List.of("municipal-hours", "mentor-bank", "dedicated-position");
    public static final List<String> GENDERS = List.of("female", "male", "other");
    public static final List<String> LANGUAGE_LEVELS = List.of("basic", "fluent", "native");
    public static final List<String> SESSION_KINDS = List.of("meeting", "family", "phone", "network", "other");
    public static final List<String> SUPERVISION_FORMS = List.of("individual", "group");

    /**
     * A mentor's competences: exactly those matching weighs for some target group or level (Matcher), so none is
     * recorded that would silently count for nothing.
     */
    public static final List<String> COMPETENCES = List.of("prevention", "youth", "radicalisation", "islamist-milieus",
            "right-wing-milieus", "exit-work", "returnees", "trauma", "children", "family-work", "system-work");

    /**
     * Personal interests matching looks for in common with the person; a list rather than free text because
     * "fotball" typed for the mentor and "football" asked for in a need never met.
     */
    public static final List<String> INTERESTS = List.of("football", "boxing", "fitness", "hiking", "fishing", "music",
            "art", "film", "reading", "gaming", "chess", "cooking", "cars", "history", "interfaith-dialogue");

    /** Life and work experiences, matched together with the interests. */
    public static final List<String> EXPERIENCES = List.of("migration", "military-service", "prison-visiting",
            "youth-work", "sports-coach", "parenting", "addiction-recovery", "own-exit");

    private Codes() {
    }
}
