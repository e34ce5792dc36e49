package no.mentorkit.library.internal.model;

import java.util.List;

import no.mentorkit.platform.Languages;

/** The closed code lists a library resource is described with. */
public final class Codes {

    public static final List<String> LANGUAGES = Languages.ALL;

    public static final List<String> TOPICS = List.of("ideology-islamist", "ideology-right-wing", "ideology-left-wing",
            "ideology-other", "psychosocial-methods", "trauma", "conversation-technique", "risk-assessment",
            "cultural-competence", "law-ethics", "inter-agency", "family", "returnees", "diaspora");

    public static final List<String> AUDIENCES = List.of("mentor", "coordinator", "supervisor", "leader", "partner");

    public static final List<String> EVIDENCE = List.of("practice", "peer-reviewed", "guideline");

    private Codes() {
    }
}
