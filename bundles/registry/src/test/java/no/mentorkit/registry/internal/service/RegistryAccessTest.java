package no.mentorkit.registry.internal.service;

import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.registry.internal.model.MentorProfile;

/** Need-to-know on mentors, decided without HTTP: the rules the registry's resources answer 404 and 403 by. */
class RegistryAccessTest {

    private static final MentorProfile MENTOR_7_SUPERVISED_BY_9 = mentor().account(7L, 9L).profile();

    private static UserPrincipal user(long id, Role... roles) {
        return new UserPrincipal(id, "u" + id, "User " + id, Set.of(roles), "127.0.0.1");
    }

    @Test
    void aMentorSeesTheirOwnProfileAndLogsTheirCoursesButNotAnotherMentors() {
        assertThat(RegistryAccess.maySee(user(7, Role.MENTOR), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.mayLogSession(user(7, Role.MENTOR), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.maySee(user(8, Role.MENTOR), MENTOR_7_SUPERVISED_BY_9)).isFalse();
        assertThat(RegistryAccess.mayRecordSupervision(user(7, Role.MENTOR), MENTOR_7_SUPERVISED_BY_9)).isFalse();
    }

    @Test
    void theSameAccountWithoutTheMentorRoleIsNotTheMentor() {
        assertThat(RegistryAccess.isOwn(user(7, Role.SUPERVISOR), MENTOR_7_SUPERVISED_BY_9)).isFalse();
    }

    @Test
    void onlyTheAssignedSupervisorSeesAndRecordsSupervision() {
        assertThat(RegistryAccess.maySee(user(9, Role.SUPERVISOR), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.mayRecordSupervision(user(9, Role.SUPERVISOR), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.mayLogSession(user(9, Role.SUPERVISOR), MENTOR_7_SUPERVISED_BY_9)).isFalse();
        assertThat(RegistryAccess.maySee(user(10, Role.SUPERVISOR), MENTOR_7_SUPERVISED_BY_9)).isFalse();
    }

    @Test
    void coordinatorsAndAdminsSeeEveryMentorButOnlyCoordinatorsTheCoordinatorOnlyFields() {
        assertThat(RegistryAccess.maySee(user(1, Role.COORDINATOR), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.maySee(user(2, Role.ADMIN), MENTOR_7_SUPERVISED_BY_9)).isTrue();
        assertThat(RegistryAccess.seesCoordinatorOnlyFields(user(1, Role.COORDINATOR))).isTrue();
        assertThat(RegistryAccess.seesCoordinatorOnlyFields(user(2, Role.ADMIN))).isFalse();
    }

    @Test
    void aMentorWithoutAnAccountIsNobodysOwn() {
        MentorProfile unlinked = mentor().profile();
        assertThat(RegistryAccess.maySee(user(7, Role.MENTOR), unlinked)).isFalse();
        assertThat(RegistryAccess.mayLogSession(user(7, Role.MENTOR), null)).isFalse();
    }
}
