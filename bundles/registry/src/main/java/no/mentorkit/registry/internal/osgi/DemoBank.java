package no.mentorkit.registry.internal.osgi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.model.MentorProfile.Conflict;
import no.mentorkit.registry.internal.model.MentorProfile.Employment;
import no.mentorkit.registry.internal.model.MentorProfile.Language;
import no.mentorkit.registry.internal.model.MentorProfile.PoliceCertificate;
import no.mentorkit.registry.internal.model.MentorProfile.Training;

/**
 * A fictional mentor bank, generated from a fixed seed so every installation (and the benchmark) gets the same one.
 * Every name ends in "(fiktiv)". Some mentors fail a different eligibility rule each, so the matching screen has
 * exclusions to explain.
 */
public final class DemoBank {

    /** A generated mentor with the day of their last supervision (null: none). */
    public record DemoMentor(MentorProfile profile, LocalDate lastSupervision) {
    }

    private static final String[] FIRST = {"Amina", "Ole", "Fatima", "Lars", "Yusuf", "Ingrid", "Ahmed", "Kari",
        "Hassan", "Marte", "Leila", "Per", "Sara", "Tor", "Hodan", "Nils", "Zainab", "Eirik", "Mariam", "Sindre",
        "Nadia", "Jonas", "Aisha", "Håkon", "Farah", "Silje", "Omar", "Ragnhild", "Samir", "Ida", "Tesfay", "Agnieszka"};
    private static final String[] LAST = {"Berg", "Haugen", "Ali", "Nilsen", "Hussein", "Larsen", "Khan", "Dahl",
        "Mohamed", "Johansen", "Rahimi", "Solberg", "Abdi", "Lie", "Kowalski", "Strand", "Tesfaye", "Moen"};
    /** Municipality, county, RVTS network. */
    private static final String[][] PLACES = {
        {"Bergen", "Vestland", "vest"}, {"Stavanger", "Rogaland", "vest"}, {"Haugesund", "Rogaland", "vest"},
        {"Trondheim", "Trøndelag", "midt"}, {"Ålesund", "Møre og Romsdal", "midt"}, {"Tromsø", "Troms", "nord"},
        {"Bodø", "Nordland", "nord"}, {"Kristiansand", "Agder", "sor"}, {"Porsgrunn", "Telemark", "sor"},
        {"Tønsberg", "Vestfold", "sor"}, {"Oslo", "Oslo", "ost"}, {"Drammen", "Buskerud", "ost"},
        {"Fredrikstad", "Østfold", "ost"}};
    private static final String[] LANGUAGES = {"ar", "so", "ur", "fa", "ti", "pl", "en", "ru", "ku", "tr", "prs"};
    private static final String[] LEVELS = {"basic", "fluent", "native"};
    // Codes from the vocabularies in Codes (DemoBankTest validates every demo mentor against them).
    private static final String[] COMPETENCES = {"trauma", "family-work", "youth", "prevention", "radicalisation",
        "islamist-milieus", "right-wing-milieus", "exit-work", "returnees", "children", "system-work"};
    private static final String[] INTERESTS = {"football", "music", "gaming", "cooking", "hiking", "boxing", "art",
        "interfaith-dialogue", "history", "cars", "fishing", "chess"};
    private static final String[] EXPERIENCES = {"migration", "military-service", "prison-visiting", "youth-work",
        "sports-coach", "parenting", "addiction-recovery"};
    private static final String[][] ORGANISATIONS = {{"Kommunen (fiktiv)", "municipality"},
        {"Frivillig senter (fiktivt)", "ngo"}, {"Moskeforeningen (fiktiv)", "faith-community"},
        {"Menigheten (fiktiv)", "faith-community"}, {"Politidistriktet (fiktivt)", "police"},
        {"Idrettslaget (fiktivt)", "other"}};

    private DemoBank() {
    }

    public static List<DemoMentor> mentors(int count, LocalDate today, long seed) {
        Random r = new Random(seed);
        List<DemoMentor> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] place = PLACES[i % PLACES.length];
            String gender = i % 7 == 6 ? "other" : i % 2 == 0 ? "female" : "male";
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " (fiktiv)";
            int age = 22 + r.nextInt(44);
            List<Language> languages = new ArrayList<>();
            languages.add(new Language("nb", i % 5 == 4 ? "fluent" : "native"));
            Set<String> extra = new LinkedHashSet<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                extra.add(LANGUAGES[r.nextInt(LANGUAGES.length)]);
            }
            extra.forEach(code -> languages.add(new Language(code, LEVELS[r.nextInt(LEVELS.length)])));
            String[] org = ORGANISATIONS[r.nextInt(ORGANISATIONS.length)];
            Employment employment = switch (i % 3) {
                case 0 -> new Employment("municipal-hours", 4 + r.nextInt(12), null, null, null);
                case 1 -> new Employment("mentor-bank", null, today.minusMonths(6 + r.nextInt(24)),
                        today.plusMonths(3 + r.nextInt(18)), null);
                default -> new Employment("dedicated-position", null, null, null, 50 + 10 * r.nextInt(6));
            };
            // Each rule fails for a few mentors, each for its own reason.
            LocalDate certificate = i % 9 == 1 ? today.minusYears(3).minusDays(10 + r.nextInt(200))
                    : today.minusDays(30 + r.nextInt(900));
            PoliceCertificate cert = i % 29 == 2 ? null
                    : new PoliceCertificate("uttømmende politiattest", certificate, "Koordinator (fiktiv)");
            boolean trained = i % 11 != 3;
            Training training = new Training(cohort(today, r), trained,
                    trained ? today.minusMonths(3 + r.nextInt(40)) : null);
            String status = i % 17 == 5 ? "paused" : i % 19 == 6 ? "left" : "active";
            List<Conflict> conflicts = i % 23 == 7 ? List.of(new Conflict("Nær familie i miljøet (fiktivt)", null))
                    : i % 13 == 0 ? List.of(new Conflict("Kjenner familien (fiktivt)", "DEMO-2026-001")) : List.of();
            LocalDate lastSupervision = i % 13 == 4 ? today.minusWeeks(20) : today.minusDays(3 + r.nextInt(45));
            MentorProfile p = new MentorProfile(name, "mentor" + (i + 1) + "@example.org",
                    "+47 400 00 " + String.format("%03d", i), org[0], org[1], employment, place[0], place[1], place[2],
                    today.getYear() - age, gender, languages,
                    i % 4 == 0 ? "Fiktiv bakgrunn: oppvokst i to kulturer" : null,
                    i % 6 == 0 ? "Fiktiv tilhørighet: frivillig oppgitt" : null,
                    pick(r, INTERESTS, 1 + r.nextInt(4)), pick(r, EXPERIENCES, r.nextInt(3)),
                    pick(r, COMPETENCES, 1 + r.nextInt(4)), training, 1 + r.nextInt(4), status, cert, conflicts, null,
                    null);
            out.add(new DemoMentor(p, lastSupervision));
        }
        return out;
    }

    private static String cohort(LocalDate today, Random r) {
        LocalDate d = today.minusMonths(3 + r.nextInt(48));
        return d.getYear() + "-" + (d.getMonthValue() <= 6 ? "06" : "12");
    }

    private static List<String> pick(Random r, String[] from, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(from[r.nextInt(from.length)]);
        }
        return List.copyOf(chosen);
    }
}
