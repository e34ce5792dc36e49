package no.mentorkit.registry.internal.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a coordinator records about a mentor. {@code background} and {@code belonging} are voluntary and
 * shown to coordinators only; the police certificate is recorded as seen, never stored.
 */
public record MentorProfile(
        String name,
        String email,
        String phone,
        String organisation,
        String organisationType,
        Employment employment,
        String municipality,
        String county,
        String network,
        Integer birthYear,
        String gender,
        List<Language> languages,
        String background,
        String belonging,
        List<String> interests,
        List<String> experiences,
        List<String> competences,
        Training training,
        Integer capacity,
        String status,
        PoliceCertificate policeCertificate,
        List<Conflict> conflicts,
        Long userId,
        Long supervisorUserId) {

    public MentorProfile {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
        experiences = experiences == null ? List.of() : List.copyOf(experiences);
        competences = competences == null ? List.of() : List.copyOf(competences);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** How the mentor is employed: municipal hours freed a week, a mentor-bank contract, or a position. */
    public record Employment(String model, Integer hoursPerWeek, LocalDate contractFrom, LocalDate contractTo,
            Integer positionPercent) {
    }

    /** A language and how well the mentor speaks it: basic, fluent or native. */
    public record Language(String code, String level) {
    }

    /** The mentor training: cohort (e.g. "2022-12"), whether completed and the date certified. */
    public record Training(String cohort, boolean completed, LocalDate certifiedOn) {
    }

    /** That an exhaustive police certificate was seen: its type, its date and who saw it. */
    public record PoliceCertificate(String type, LocalDate issuedOn, String seenBy) {
    }

    /** A declared conflict of interest; with a case code it concerns that case only, without it every case. */
    public record Conflict(String note, String caseCode) {
    }

    /** The profile as someone who is not a coordinator may see it. */
    public MentorProfile withoutCoordinatorOnlyFields() {
        return new MentorProfile(name, email, phone, organisation, organisationType, employment, municipality, county,
                network, birthYear, gender, languages, null, null, interests, experiences, competences, training,
                capacity, status, policeCertificate, conflicts, userId, supervisorUserId);
    }

    /** What stands on a name once a profile has been anonymised; it is data, not a label. */
    public static final String ANONYMISED = "Anonymisert";

    /**
     * The profile with every personal field removed: what statistics count (network, employment model, type of
     * organisation, status) is kept, and so are the courses that name the mentor by id.
     */
    public MentorProfile anonymised() {
        return new MentorProfile(ANONYMISED, null, null, null, organisationType,
                employment == null ? null : new Employment(employment.model(), null, null, null, null), "", null,
                network, null, null, List.of(), null, null, List.of(), List.of(), List.of(), null, 0, status, null,
                List.of(), null, null);
    }

    public int capacityOrZero() {
        return capacity == null ? 0 : capacity;
    }
}
