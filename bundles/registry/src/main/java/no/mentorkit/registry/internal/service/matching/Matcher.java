package no.mentorkit.registry.internal.service.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.service.matching.MatchResult.Candidate;
import no.mentorkit.registry.internal.service.matching.MatchResult.Exclusion;
import no.mentorkit.registry.internal.service.matching.MatchResult.Reason;

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

    /** Every competence some target group or level counts; the vocabulary in Codes is held to it by a test. */
    static Set<String> countedCompetences() {
        Set<String> all = new TreeSet<>();
        RELEVANT.values().forEach(all::addAll);
        return all;
    }

    public Matcher(Eligibility eligibility, Weights weights) {
        this.eligibility = eligibility;
        this.weights = weights;
    }

    /**
     * Ranks every eligible mentor; returns at most {@code limit} candidates and all exclusions. Scores are computed
     * without building reasons; only the mentors that make the list get their reasons spelt out, so a match over a
     * large bank allocates little beyond the exclusions.
     */
    public MatchResult match(Need need, List<MentorFacts> mentors, LocalDate today, int limit) {
        Criteria criteria = new Criteria(need);
        Eligibility.Gates gates = eligibility.gates(today);
        List<Exclusion> excluded = new ArrayList<>();
        TopList top = new TopList(Math.max(0, limit));
        int eligible = 0;
        for (MentorFacts m : mentors) {
            String gate = gates.firstFailure(m);
            if (gate == null && Eligibility.conflictsWith(m, need.caseCode())) {
                gate = CASE_CONFLICT;
            }
            if (gate != null) {
                excluded.add(new Exclusion(m.id(), m.profile().name(), gate));
            } else {
                eligible++;
                top.offer(m, score(criteria, m, today, null));
            }
        }
        excluded.sort(Comparator.comparingLong(Exclusion::mentorId));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < top.size; i++) {
            MentorFacts m = top.mentors[i];
            List<Reason> reasons = new ArrayList<>(7);
            int score = score(criteria, m, today, reasons);
            List<String> warnings = eligibility.youngerThanPreferred(m, today) ? List.of(Eligibility.AGE) : List.of();
            candidates.add(new Candidate(i + 1, m.id(), m.profile().name(), score, List.copyOf(reasons), warnings));
        }
        return new MatchResult(mentors.size(), eligible, candidates, excluded);
    }

    /** The best {@code capacity} mentors seen so far, best first: higher score, then lower mentor id. */
    private static final class TopList {
        final MentorFacts[] mentors;
        final int[] scores;
        int size;

        TopList(int capacity) {
            mentors = new MentorFacts[capacity];
            scores = new int[capacity];
        }

        void offer(MentorFacts m, int score) {
            if (mentors.length == 0 || size == mentors.length && !better(score, m.id(), size - 1)) {
                return;
            }
            int i = size == mentors.length ? size - 1 : size++;
            while (i > 0 && better(score, m.id(), i - 1)) {
                mentors[i] = mentors[i - 1];
                scores[i] = scores[i - 1];
                i--;
            }
            mentors[i] = m;
            scores[i] = score;
        }

        private boolean better(int score, long id, int than) {
            return score > scores[than] || score == scores[than] && id < mentors[than].id();
        }
    }

    /** The need, normalised once per match. */
    private final class Criteria {
        final String[] languages;
        final String[] interests;
        final String[] relevant;
        final String gender;
        final Integer ageMin;
        final Integer ageMax;
        final String municipality;
        final String county;
        final String network;
        final int total;

        Criteria(Need need) {
            // Arrays, distinct and in a fixed order: iterating them allocates nothing and scores never depend on
            // hash order.
            languages = need.languages().stream().map(MentorFacts::norm).distinct().toArray(String[]::new);
            interests = need.interests().stream().map(MentorFacts::norm).distinct().toArray(String[]::new);
            Set<String> wanted = new TreeSet<>(RELEVANT.getOrDefault(need.targetGroup(), Set.of()));
            wanted.addAll(RELEVANT.getOrDefault(need.level(), Set.of()));
            relevant = wanted.toArray(String[]::new);
            gender = blankToNull(need.gender());
            ageMin = need.ageMin();
            ageMax = need.ageMax();
            municipality = MentorFacts.norm(need.municipality());
            county = MentorFacts.norm(need.county());
            network = blankToNull(need.network());
            // Criteria the need leaves empty do not count, so scores stay on 0..100 whatever was asked.
            total = (languages.length == 0 ? 0 : weights.language())
                    + (relevant.length == 0 ? 0 : weights.competence())
                    + (interests.length == 0 ? 0 : weights.interests())
                    + (municipality.isEmpty() && county.isEmpty() && network == null ? 0 : weights.locality())
                    + (gender == null ? 0 : weights.gender())
                    + (ageMin == null && ageMax == null ? 0 : weights.age())
                    + weights.load();
        }
    }

    /** The mentor's score; with a list, the reasons behind it are added to it (details only then: they cost). */
    private int score(Criteria c, MentorFacts m, LocalDate today, List<Reason> reasons) {
        boolean explain = reasons != null;
        int sum = 0;
        if (c.languages.length > 0) {
            double s = 0;
            int spoken = 0;
            for (String l : c.languages) {
                double v = levelValue(m.languages().get(l));
                s += v;
                spoken += v > 0 ? 1 : 0;
            }
            sum += add(reasons, "language", weights.language(), s / c.languages.length, c, spoken,
                    c.languages.length, null, explain ? spoken + " of " + c.languages.length + " languages" : null);
        }
        if (c.relevant.length > 0) {
            int hit = 0;
            for (String k : c.relevant) {
                hit += m.competences().contains(k) ? 1 : 0;
            }
            sum += add(reasons, "competence", weights.competence(), Math.min(1.0, hit / 2.0), c, hit,
                    c.relevant.length, null, explain ? hit + " relevant competences" : null);
        }
        if (c.interests.length > 0) {
            int hit = 0;
            for (String k : c.interests) {
                hit += m.tags().contains(k) ? 1 : 0;
            }
            sum += add(reasons, "interests", weights.interests(), (double) hit / c.interests.length, c, hit,
                    c.interests.length, null,
                    explain ? hit + " of " + c.interests.length + " interests and experiences shared" : null);
        }
        if (!c.municipality.isEmpty() || !c.county.isEmpty() || c.network != null) {
            double s;
            String d;
            if (!c.municipality.isEmpty() && c.municipality.equals(m.municipality())) {
                s = 1;
                d = "municipality";
            } else if (!c.county.isEmpty() && c.county.equals(m.county())) {
                s = 0.6;
                d = "county";
            } else if (c.network != null && c.network.equals(m.profile().network())) {
                s = 0.3;
                d = "network";
            } else {
                s = 0;
                d = "elsewhere";
            }
            sum += add(reasons, "locality", weights.locality(), s, c, -1, -1, d,
                    "elsewhere".equals(d) ? "elsewhere" : "same " + d);
        }
        if (c.gender != null) {
            boolean same = c.gender.equals(m.profile().gender());
            sum += add(reasons, "gender", weights.gender(), same ? 1 : 0, c, -1, -1,
                    same ? "as-preferred" : "not-as-preferred", same ? "as preferred" : "not as preferred");
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
            sum += add(reasons, "age", weights.age(), s, c, age == null ? -1 : age, -1, age == null ? "unknown" : null,
                    !explain ? null : age == null ? "age unknown" : "age " + age);
        }
        int cap = m.profile().capacityOrZero();
        double free = cap == 0 ? 0 : (double) (cap - m.activeCourses()) / cap;
        sum += add(reasons, "load", weights.load(), free, c, m.activeCourses(), cap, null,
                explain ? m.activeCourses() + " of " + cap + " places taken" : null);
        return sum;
    }

    /** Adds a reason worth {@code weight * value} out of the applicable total, as whole points of 100. */
    private static int add(List<Reason> reasons, String code, int weight, double value, Criteria c, int count, int of,
            String basis, String detail) {
        if (weight == 0 || c.total == 0) {
            return 0;
        }
        int points = (int) Math.round(100.0 * weight * value / c.total);
        if (reasons != null) {
            reasons.add(new Reason(code, points, count < 0 ? null : count, of < 0 ? null : of, basis, detail));
        }
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
