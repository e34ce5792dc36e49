package no.mentorkit.registry.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.mentorkit.registry.internal.eligibility.Eligibility;
import no.mentorkit.registry.internal.matching.MatchResult.Candidate;
import no.mentorkit.registry.internal.matching.MatchResult.Exclusion;
import no.mentorkit.registry.internal.matching.MatchResult.Reason;
import no.mentorkit.registry.internal.model.MentorFacts;

/**
 * Proposes mentors for a need: hard gates first (eligibility and conflicts with the case), then weighted soft
 * criteria. Pure and deterministic: equal scores are ordered by mentor id. The software proposes and explains;
 * the coordinator decides.
 */
public final class Matcher {

    public static final String CASE_CONFLICT = "case-conflict";

    /** Competences that count for each target group and level. */
    private static final Map<String, Set<String>> RELEVANT = Map.of(
            "at-risk", Set.of("prevention", "youth"),
            "in-process", Set.of("radicalisation", "islamist-milieus", "right-wing-milieus"),
            "extremist-network", Set.of("exit-work", "islamist-milieus", "right-wing-milieus"),
            "returned-fighter", Set.of("returnees", "trauma"),
            "child-of-fighter", Set.of("children", "trauma"),
            "relatives", Set.of("family-work", "trauma"),
            "family", Set.of("family-work"),
            "system", Set.of("system-work"));

    private final Eligibility eligibility;
    private final Weights weights;

    public Matcher(Eligibility eligibility, Weights weights) {
        this.eligibility = eligibility;
        this.weights = weights;
    }

    /** Ranks every eligible mentor; returns at most {@code limit} candidates and all exclusions. */
    public MatchResult match(Need need, List<MentorFacts> mentors, LocalDate today, int limit) {
        Criteria criteria = new Criteria(need);
        List<Scored> scored = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (MentorFacts m : mentors) {
            String gate = eligibility.firstFailure(m, today);
            if (gate == null && Eligibility.conflictsWith(m, need.caseCode())) {
                gate = CASE_CONFLICT;
            }
            if (gate != null) {
                excluded.add(new Exclusion(m.id(), m.profile().name(), gate));
            } else {
                scored.add(score(criteria, m, today));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(s -> s.mentor.id()));
        excluded.sort(Comparator.comparingLong(Exclusion::mentorId));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < limit; i++) {
            Scored s = scored.get(i);
            List<String> warnings = eligibility.youngerThanPreferred(s.mentor, today) ? List.of(Eligibility.AGE)
                    : List.of();
            candidates.add(new Candidate(i + 1, s.mentor.id(), s.mentor.profile().name(), s.score, s.reasons,
                    warnings));
        }
        return new MatchResult(mentors.size(), scored.size(), candidates, excluded);
    }

    private record Scored(MentorFacts mentor, int score, List<Reason> reasons) {
    }

    /** The need, normalised once per match. */
    private final class Criteria {
        final List<String> languages = new ArrayList<>();
        final Set<String> interests = new HashSet<>();
        final Set<String> relevant = new HashSet<>();
        final String gender;
        final Integer ageMin;
        final Integer ageMax;
        final String municipality;
        final String county;
        final String network;
        final int total;

        Criteria(Need need) {
            need.languages().forEach(l -> languages.add(MentorFacts.norm(l)));
            need.interests().forEach(t -> interests.add(MentorFacts.norm(t)));
            relevant.addAll(RELEVANT.getOrDefault(need.targetGroup(), Set.of()));
            relevant.addAll(RELEVANT.getOrDefault(need.level(), Set.of()));
            gender = blankToNull(need.gender());
            ageMin = need.ageMin();
            ageMax = need.ageMax();
            municipality = MentorFacts.norm(need.municipality());
            county = MentorFacts.norm(need.county());
            network = blankToNull(need.network());
            // Criteria the need leaves empty do not count, so scores stay on 0..100 whatever was asked.
            total = (languages.isEmpty() ? 0 : weights.language())
                    + (relevant.isEmpty() ? 0 : weights.competence())
                    + (interests.isEmpty() ? 0 : weights.interests())
                    + (municipality.isEmpty() && county.isEmpty() && network == null ? 0 : weights.locality())
                    + (gender == null ? 0 : weights.gender())
                    + (ageMin == null && ageMax == null ? 0 : weights.age())
                    + weights.load();
        }
    }

    private Scored score(Criteria c, MentorFacts m, LocalDate today) {
        List<Reason> reasons = new ArrayList<>(7);
        int sum = 0;
        if (!c.languages.isEmpty()) {
            double s = 0;
            int spoken = 0;
            for (String l : c.languages) {
                double v = levelValue(m.languages().get(l));
                s += v;
                spoken += v > 0 ? 1 : 0;
            }
            sum += add(reasons, "language", weights.language(), s / c.languages.size(), c,
                    spoken + " of " + c.languages.size() + " languages");
        }
        if (!c.relevant.isEmpty()) {
            int hit = 0;
            for (String k : c.relevant) {
                hit += m.competences().contains(k) ? 1 : 0;
            }
            sum += add(reasons, "competence", weights.competence(), Math.min(1.0, hit / 2.0), c,
                    hit + " relevant competences");
        }
        if (!c.interests.isEmpty()) {
            int hit = 0;
            for (String k : c.interests) {
                hit += m.tags().contains(k) ? 1 : 0;
            }
            sum += add(reasons, "interests", weights.interests(), (double) hit / c.interests.size(), c,
                    hit + " of " + c.interests.size() + " interests and experiences shared");
        }
        if (!c.municipality.isEmpty() || !c.county.isEmpty() || c.network != null) {
            double s;
            String d;
            if (!c.municipality.isEmpty() && c.municipality.equals(m.municipality())) {
                s = 1;
                d = "same municipality";
            } else if (!c.county.isEmpty() && c.county.equals(m.county())) {
                s = 0.6;
                d = "same county";
            } else if (c.network != null && c.network.equals(m.profile().network())) {
                s = 0.3;
                d = "same regional network";
            } else {
                s = 0;
                d = "elsewhere";
            }
            sum += add(reasons, "locality", weights.locality(), s, c, d);
        }
        if (c.gender != null) {
            boolean same = c.gender.equals(m.profile().gender());
            sum += add(reasons, "gender", weights.gender(), same ? 1 : 0, c, same ? "as preferred" : "not as preferred");
        }
        if (c.ageMin != null || c.ageMax != null) {
            Integer age = Eligibility.age(m.profile(), today);
            double s = 0;
            if (age != null) {
                int below = c.ageMin == null ? 0 : c.ageMin - age;
                int above = c.ageMax == null ? 0 : age - c.ageMax;
                int off = Math.max(0, Math.max(below, above));
                s = off == 0 ? 1 : off <= 5 ? 0.5 : 0;
            }
            sum += add(reasons, "age", weights.age(), s, c, age == null ? "age unknown" : "age " + age);
        }
        int cap = m.profile().capacityOrZero();
        double free = cap == 0 ? 0 : (double) (cap - m.activeCourses()) / cap;
        sum += add(reasons, "load", weights.load(), free, c, m.activeCourses() + " of " + cap + " places taken");
        return new Scored(m, sum, reasons);
    }

    /** Adds a reason worth {@code weight * value} out of the applicable total, as whole points of 100. */
    private static int add(List<Reason> reasons, String code, int weight, double value, Criteria c, String detail) {
        if (weight == 0 || c.total == 0) {
            return 0;
        }
        int points = (int) Math.round(100.0 * weight * value / c.total);
        reasons.add(new Reason(code, points, detail));
        return points;
    }

    private static double levelValue(String level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case "native" -> 1.0;
            case "fluent" -> 0.8;
            case "basic" -> 0.4;
            default -> 0;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
