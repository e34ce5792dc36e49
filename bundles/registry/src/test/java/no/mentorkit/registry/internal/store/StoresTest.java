package no.mentorkit.registry.internal.store;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.registry.internal.model.Course;
import no.mentorkit.registry.internal.model.CourseDetails;
import no.mentorkit.registry.internal.model.HistoryEntry;
import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.NetworkMeeting;
import no.mentorkit.registry.internal.model.SessionEntry;
import no.mentorkit.registry.internal.model.Supervision;

/** The stores against the real migration on in-memory H2, as the platform configures it. */
class StoresTest {

    private MentorStore mentors;
    private CourseStore courses;
    private SupervisionStore supervision;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Path script = Path.of("src/main/resources/db/migration/registry/V1__registry.sql").toAbsolutePath();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA registry");
            s.execute("RUNSCRIPT FROM '" + script + "'");
        }
        RegistryDatabase db = new RegistryDatabase(ds);
        mentors = new MentorStore(db);
        courses = new CourseStore(db);
        supervision = new SupervisionStore(db);
    }

    @Test
    void profilesRoundTripAndUpdatesNeedTheCurrentVersion() {
        long id = mentors.create(mentor().interests("football").profile(), false);
        var stored = mentors.find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.profile()).isEqualTo(mentor().interests("football").profile());
        assertThat(mentors.update(id, 1, mentor().capacity(4).profile())).isTrue();
        assertThat(mentors.update(id, 1, mentor().capacity(1).profile())).as("stale").isFalse();
        assertThat(mentors.find(id).orElseThrow().profile().capacity()).isEqualTo(4);
        assertThat(mentors.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void factsCountOccupyingCoursesAndTheLastSupervision() {
        long id = mentors.create(mentor().profile(), true);
        supervision.add(new Supervision(0, id, TODAY.minusWeeks(5), "V", "group", null), "t");
        supervision.add(new Supervision(0, id, TODAY.minusWeeks(1), "V", "individual", "x"), "t");
        courses.create("ABC-2026-001", "active", "at-risk", "individual", id, CourseDetails.EMPTY, false, "t");
        courses.create("ABC-2026-002", "closed", "at-risk", "individual", id, CourseDetails.EMPTY, false, "t");
        MentorFacts f = mentors.facts(id).orElseThrow();
        assertThat(f.lastSupervision()).isEqualTo(TODAY.minusWeeks(1));
        assertThat(f.activeCourses()).isEqualTo(1);
        assertThat(f.demo()).isTrue();
        assertThat(mentors.anyDemo()).isTrue();
        assertThat(supervision.forMentor(id)).extracting(Supervision::date)
                .containsExactly(TODAY.minusWeeks(1), TODAY.minusWeeks(5));
    }

    @Test
    void coursesKeepTheirHistoryOfStatusAndMentors() {
        long a = mentors.create(mentor().profile(), false);
        long b = mentors.create(mentor().profile(), false);
        courses.create("ABC-2026-010", "matching", "relatives", "family", a, CourseDetails.EMPTY, false, "coord");
        Course c = courses.find("ABC-2026-010").orElseThrow();
        assertThat(courses.changeStatus(c, 1, "active", null, "coord")).isTrue();
        assertThat(courses.changeStatus(c, 1, "paused", null, "coord")).as("stale").isFalse();
        Course active = courses.find("ABC-2026-010").orElseThrow();
        assertThat(courses.assign(active, active.version(), b, "active", "moved", "coord")).isTrue();
        assertThat(courses.history(c.id())).extracting(HistoryEntry::event, HistoryEntry::from, HistoryEntry::to)
                .containsExactly(tuple("status", null, "matching"),
                        tuple("mentor", null, String.valueOf(a)),
                        tuple("status", "matching", "active"),
                        tuple("mentor", String.valueOf(a), String.valueOf(b)));
        courses.addSession(c.id(), new SessionEntry(0, TODAY, 45, "meeting", "n", null, "mentor", null));
        assertThat(courses.sessions(c.id())).extracting(SessionEntry::minutes).containsExactly(45);
        assertThat(courses.withPrefix("abc-2026-01")).extracting(Course::caseCode).containsExactly("ABC-2026-010");
        assertThat(courses.withPrefix("ABC_")).as("LIKE wildcards are literal").isEmpty();
    }

    @Test
    void networkMeetingsKeepAttendance() {
        long a = mentors.create(mentor().profile(), false);
        long b = mentors.create(mentor().profile(), false);
        supervision.addMeeting(new NetworkMeeting(0, "nord", TODAY, "Erfaringsdeling", false, List.of(b, a)), "c");
        supervision.addMeeting(new NetworkMeeting(0, "sor", TODAY.minusDays(1), "Tom", false, List.of()), "c");
        assertThat(supervision.meetings()).extracting(NetworkMeeting::network, NetworkMeeting::attendees)
                .containsExactly(tuple("nord", List.of(a, b)),
                        tuple("sor", List.of()));
    }
}
