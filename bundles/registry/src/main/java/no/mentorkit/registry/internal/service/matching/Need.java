package no.mentorkit.registry.internal.service.matching;

import java.util.List;

/**
 * What the coordinator looks for. Only the target group and level are required; an empty criterion does not count.
 *
 * @param caseCode the course's case code, if known: mentors who declared a conflict with it are excluded
 * @param targetGroup one of the six target-group codes
 * @param level individual, family or system
 * @param languages language codes wanted, e.g. {@code ar}, {@code so}
 * @param gender preferred gender, or null for no preference
 * @param ageMin youngest wanted mentor age, or null
 * @param ageMax oldest wanted mentor age, or null
 * @param interests wanted interests and experiences (tags)
 * @param municipality where the person lives, or null
 * @param county the county, or null
 * @param network the regional network, or null
 * @param notes free notes, kept with the course, not used for scoring
 */
public record Need(String caseCode, String targetGroup, String level, List<String> languages, String gender,
        Integer ageMin, Integer ageMax, List<String> interests, String municipality, String county, String network,
        String notes) {

    public Need {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
