package no.mentorkit.registry.internal.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mentor with what eligibility and matching need beyond the profile (last supervision, active courses),
 * normalised once so a match over thousands of mentors does no string work per mentor.
 */
public final class MentorFacts {

    private final long id;
    private final MentorProfile profile;
    private final LocalDate lastSupervision;
    private final int activeCourses;
    private final Set<String> tags = new HashSet<>();
    private final Set<String> competences = new HashSet<>();
    private final Map<String, String> languages = new HashMap<>();
    private final String municipality;
    private final String county;
    private final boolean demo;

    public MentorFacts(long id, MentorProfile profile, LocalDate lastSupervision, int activeCourses) {
        this(id, profile, lastSupervision, activeCourses, false);
    }

    public MentorFacts(long id, MentorProfile profile, LocalDate lastSupervision, int activeCourses, boolean demo) {
        this.id = id;
        this.demo = demo;
        this.profile = profile;
        this.lastSupervision = lastSupervision;
        this.activeCourses = activeCourses;
        profile.interests().forEach(t -> tags.add(norm(t)));
        profile.experiences().forEach(t -> tags.add(norm(t)));
        profile.competences().forEach(t -> competences.add(norm(t)));
        profile.languages().forEach(l -> languages.put(norm(l.code()), l.level()));
        this.municipality = norm(profile.municipality());
        this.county = norm(profile.county());
    }

    public static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        return id;
    }

    /** Whether the mentor belongs to the fictional demo bank. */
    public boolean demo() {
        return demo;
    }

    public MentorProfile profile() {
        return profile;
    }

    public LocalDate lastSupervision() {
        return lastSupervision;
    }

    public int activeCourses() {
        return activeCourses;
    }

    public Set<String> tags() {
        return tags;
    }

    public Set<String> competences() {
        return competences;
    }

    /** Language code (lower case) to level. */
    public Map<String, String> languages() {
        return languages;
    }

    public String municipality() {
        return municipality;
    }

    public String county() {
        return county;
    }
}
