package no.mentorkit.registry.internal.testing;

import java.time.LocalDate;
import java.util.List;

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.model.MentorProfile.Conflict;
import no.mentorkit.registry.internal.model.MentorProfile.Employment;
import no.mentorkit.registry.internal.model.MentorProfile.Language;
import no.mentorkit.registry.internal.model.MentorProfile.PoliceCertificate;
import no.mentorkit.registry.internal.model.MentorProfile.Training;

/** A fluent builder of fictional mentors for unit tests: eligible unless a test changes something. */
public final class Mentors {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private String name = "Test Mentor (fiktiv)";
    private String status = "active";
    private String gender = "female";
    private Integer birthYear = 1980;
    private String municipality = "Bergen";
    private String county = "Vestland";
    private String network = "vest";
    private List<Language> languages = List.of(new Language("nb", "native"));
    private List<String> interests = List.of();
    private List<String> competences = List.of();
    private PoliceCertificate certificate = new PoliceCertificate("uttømmende politiattest", TODAY.minusYears(1),
            "Koordinator");
    private Training training = new Training("2022-12", true, LocalDate.of(2022, 12, 9));
    private Integer capacity = 2;
    private List<Conflict> conflicts = List.of();
    private LocalDate lastSupervision = TODAY.minusWeeks(2);
    private int active;
    private Long userId;
    private Long supervisorUserId;

    public static Mentors mentor() {
        return new Mentors();
    }

    public Mentors name(String v) { name = v; return this; }
    public Mentors status(String v) { status = v; return this; }
    public Mentors gender(String v) { gender = v; return this; }
    public Mentors birthYear(Integer v) { birthYear = v; return this; }
    public Mentors place(String m, String c, String n) { municipality = m; county = c; network = n; return this; }
    public Mentors languages(Language... v) { languages = List.of(v); return this; }
    public Mentors interests(String... v) { interests = List.of(v); return this; }
    public Mentors competences(String... v) { competences = List.of(v); return this; }
    public Mentors certificate(PoliceCertificate v) { certificate = v; return this; }
    public Mentors certificateIssued(LocalDate d) {
        certificate = new PoliceCertificate("uttømmende politiattest", d, "Koordinator");
        return this;
    }
    public Mentors training(Training v) { training = v; return this; }
    public Mentors capacity(Integer v) { capacity = v; return this; }
    public Mentors conflicts(Conflict... v) { conflicts = List.of(v); return this; }
    public Mentors lastSupervision(LocalDate v) { lastSupervision = v; return this; }
    public Mentors activeCourses(int v) { active = v; return this; }
    public Mentors account(Long user, Long supervisor) { userId = user; supervisorUserId = supervisor; return this; }

    public MentorProfile profile() {
        return new MentorProfile(name, "m@example.org", "+47 400 00 000", "Kommunen", "municipality",
                new Employment("municipal-hours", 6, null, null, null), municipality, county, network, birthYear, gender,
                languages, null, null, interests, List.of(), competences, training, capacity, status, certificate,
                conflicts, userId, supervisorUserId);
    }

    public MentorFacts facts(long id) {
        return new MentorFacts(id, profile(), lastSupervision, active);
    }
}
