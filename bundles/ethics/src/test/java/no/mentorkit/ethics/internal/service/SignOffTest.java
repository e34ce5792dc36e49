package no.mentorkit.ethics.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** Draft -> signed by the author -> countersigned by a coordinator or supervisor who is not the signer. */
class SignOffTest {

    static final UserPrincipal MENTOR = user(1, Role.MENTOR);
    static final UserPrincipal OTHER_MENTOR = user(2, Role.MENTOR);
    static final UserPrincipal COORDINATOR = user(3, Role.COORDINATOR);
    static final UserPrincipal SUPERVISOR = user(4, Role.SUPERVISOR);

    static UserPrincipal user(long id, Role... roles) {
        return new UserPrincipal(id, "user" + id, "Fictional " + id, Set.of(roles), "127.0.0.1");
    }

    static Completion completion(String status, Long signedBy) {
        return new Completion(7, "course", "ABC-2026-001", "course-start", "1.0.0", status, Map.of(), 1, "user1",
                Instant.now(), Instant.now(), signedBy, signedBy == null ? null : "user" + signedBy, null, null, null,
                null, null, null, 1);
    }

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ApiProblem p) {
            return p.status();
        }
    }

    @Test
    void onlyTheAuthorChangesADraftAndNothingChangesAfterSigning() {
        assertThat(status(() -> SignOff.requireEditable(completion(EthicsCodes.DRAFT, null), MENTOR))).isEqualTo(200);
        assertThat(status(() -> SignOff.requireEditable(completion(EthicsCodes.DRAFT, null), OTHER_MENTOR)))
                .isEqualTo(403);
        assertThat(status(() -> SignOff.requireEditable(completion(EthicsCodes.SIGNED, 1L), MENTOR))).isEqualTo(409);
        assertThat(status(() -> SignOff.requireEditable(completion(EthicsCodes.COUNTERSIGNED, 1L), MENTOR)))
                .isEqualTo(409);
    }

    @Test
    void countersigningNeedsASignatureAnotherPersonAndTheRightRole() {
        Completion signed = completion(EthicsCodes.SIGNED, 1L);
        assertThat(SignOff.countersignRole(signed, COORDINATOR, false)).isEqualTo("coordinator");
        assertThat(SignOff.countersignRole(signed, SUPERVISOR, true)).isEqualTo("supervisor");
        assertThat(status(() -> SignOff.countersignRole(signed, SUPERVISOR, false))).as("not their course")
                .isEqualTo(403);
        assertThat(status(() -> SignOff.countersignRole(signed, OTHER_MENTOR, true))).isEqualTo(403);
        UserPrincipal signerWhoCoordinates = user(1, Role.MENTOR, Role.COORDINATOR);
        assertThatThrownBy(() -> SignOff.countersignRole(signed, signerWhoCoordinates, true))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("cannot also countersign");
        assertThat(status(() -> SignOff.countersignRole(completion(EthicsCodes.DRAFT, null), COORDINATOR, false)))
                .isEqualTo(409);
        assertThat(status(() -> SignOff.countersignRole(completion(EthicsCodes.COUNTERSIGNED, 1L), COORDINATOR,
                false))).isEqualTo(409);
    }
}
