package no.mentorkit.library.internal.service.index;

import java.util.List;
import java.util.Map;

/**
 * The names of the training topics in bokmål, nynorsk and English, indexed with each resource so that a topic's
 * name finds the resources filed under it ("samtaleteknikk" finds a text on open questions) in any of the three.
 * The same names as the topic facet shows (web/library/messages.js).
 */
final class TopicWords {

    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("ideology-islamist", List.of("Islamisme", "Islamist extremism")),
            Map.entry("ideology-right-wing", List.of("Høyreekstremisme", "Høgreekstremisme", "Right-wing extremism")),
            Map.entry("ideology-left-wing", List.of("Venstreekstremisme", "Left-wing extremism")),
            Map.entry("ideology-other", List.of("Annet og blandet", "Anna og blanda", "Other and mixed")),
            Map.entry("psychosocial-methods", List.of("Psykososiale metoder", "Psykososiale metodar",
                    "Psychosocial methods")),
            Map.entry("trauma", List.of("Traumer", "Traume", "Trauma")),
            Map.entry("conversation-technique", List.of("Samtaleteknikk", "Conversation technique")),
            Map.entry("risk-assessment", List.of("Risikovurdering", "Risk assessment")),
            Map.entry("cultural-competence", List.of("Kulturkompetanse", "Cultural competence")),
            Map.entry("law-ethics", List.of("Lov og etikk", "Law and ethics")),
            Map.entry("inter-agency", List.of("Tverretatlig samarbeid", "Tverretatleg samarbeid",
                    "Inter-agency cooperation")),
            Map.entry("family", List.of("Familie og pårørende", "Familie og pårørande", "Family and relatives")),
            Map.entry("returnees", List.of("Hjemvendte fremmedkrigere", "Heimvende framandkrigarar",
                    "Returned foreign fighters")),
            Map.entry("diaspora", List.of("Diasporaarbeid", "Diaspora work")));

    private TopicWords() {
    }

    /** The names of the given topics, one per line. */
    static String of(List<String> topics) {
        StringBuilder sb = new StringBuilder();
        for (String t : topics) {
            for (String name : NAMES.getOrDefault(t, List.of())) {
                sb.append(name).append('\n');
            }
        }
        return sb.toString();
    }
}
