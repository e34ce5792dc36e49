package no.mentorkit.registry.internal.osgi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.NetworkMeeting;
import no.mentorkit.registry.internal.model.SessionEntry;
import no.mentorkit.registry.internal.model.Supervision;
import no.mentorkit.registry.internal.osgi.DemoBank.DemoMentor;
import no.mentorkit.registry.internal.service.RegistryService;
import no.mentorkit.registry.internal.store.CourseStore;
import no.mentorkit.registry.internal.store.MentorStore;
import no.mentorkit.registry.internal.store.SupervisionStore;

/**
 * Loads the fictional demo bank once, when {@code demo=true} is configured or {@code MENTORKIT_DEMO=true} is set
 * as a system property or environment variable. Nothing is loaded twice: demo rows already present stop it.
 */
@Component(configurationPid = RegistryService.PID, immediate = true, service = DemoData.class)
public class DemoData {

    public static final int MENTORS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String ACTOR = "demo";

    @Activate
    public DemoData(@Reference MentorStore mentors, @Reference CourseStore courses,
            @Reference SupervisionStore supervision, RegistryConfig config) {
        if (!enabled(config) || mentors.anyDemo()) {
            return;
        }
        LocalDate today = LocalDate.now();
        List<Long> ids = new ArrayList<>();
        for (DemoMentor d : DemoBank.mentors(MENTORS, today, 2026L)) {
            long id = mentors.create(d.profile(), true);
            ids.add(id);
            if (d.lastSupervision() != null) {
                supervision.add(new Supervision(0, id, d.lastSupervision(), "Veileder (fiktiv)",
                        id % 2 == 0 ? "group" : "individual", "Relasjonsbygging og dilemma (fiktivt)"), ACTOR);
            }
        }
        String[] statuses = {"active", "active", "paused", "active", "referred", "closed", "active", "matching"};
        for (int i = 0; i < statuses.length; i++) {
            String code = String.format("DEMO-2026-%03d", i + 1);
            Long mentor = "referred".equals(statuses[i]) ? null : ids.get((i * 7 + 4) % ids.size());
            CourseDetails details = new CourseDetails("Kommunens SLT-koordinator (fiktiv)",
                    new CourseDetails.Agreement("Samtaler og aktiviteter (fiktivt)", "ukentlig", "6 måneder",
                            "kort skriftlig rapport hver måned"),
                    new CourseDetails.Goals("Styrke motivasjon for skole og arbeid (fiktivt)",
                            "Færre konflikter og mindre tid i miljøet (fiktivt)", "Få seg jobb (fiktivt)"),
                    "Fiktivt demoløp");
            long courseId = courses.create(code, statuses[i], Codes.TARGET_GROUPS.get(i % 6),
                    Codes.LEVELS.get(i % 3), mentor, details, true, ACTOR);
            if (!"referred".equals(statuses[i]) && !"matching".equals(statuses[i])) {
                for (int s = 0; s < 3; s++) {
                    courses.addSession(courseId, new SessionEntry(0, today.minusDays(7L * (s + 1)), 60, "meeting",
                            "Fiktiv samtale " + (s + 1), s == 0 ? "Følge opp skolegang (fiktivt)" : null, ACTOR, null));
                }
            }
        }
        for (int n = 0; n < Codes.NETWORKS.size(); n++) {
            List<Long> attendees = new ArrayList<>();
            for (int k = n; k < ids.size(); k += 9) {
                attendees.add(ids.get(k));
            }
            supervision.addMeeting(new NetworkMeeting(0, Codes.NETWORKS.get(n), today.minusDays(14 + n),
                    "Erfaringsdeling (fiktivt)", true, attendees), ACTOR);
        }
        LOG.info("Loaded the fictional demo mentor bank: {} mentors, {} courses", MENTORS, statuses.length);
    }

    static boolean enabled(RegistryConfig config) {
        return config.demo() || Boolean.parseBoolean(System.getProperty("MENTORKIT_DEMO"))
                || Boolean.parseBoolean(System.getenv("MENTORKIT_DEMO"));
    }
}
