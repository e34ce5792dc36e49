package no.mentorkit.registry.internal.service;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.MentorProfile;
import no.mentorkit.registry.internal.model.MentorProfile.Employment;
import no.mentorkit.registry.internal.model.MentorProfile.Language;
import no.mentorkit.registry.internal.model.MentorProfile.PoliceCertificate;

class ValidationRulesTest {

    @Test
    void aGoodProfilePasses() {
        ProfileRules.validate(mentor().profile(), TODAY).throwIfInvalid();
    }

    @Test
    void everyBadFieldIsNamed() {
        MentorProfile bad = new MentorProfile(" ", "not-an-email", "call me", null, "club",
                new Employment("municipal-hours", null, null, null, null), "", null, "west", 2020, "x",
                List.of(new Language("Arabic", "good")), null, null, null, null, null, null, 99, "retired",
                new PoliceCertificate(null, TODAY.plusDays(1), null), null, null, null);
        ApiProblem p = catchThrowableOfType(ApiProblem.class,
                () -> ProfileRules.validate(bad, TODAY).throwIfInvalid());
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).extracting(ApiProblem.FieldError::field).contains("name", "email", "phone",
                "organisationType", "employment.hoursPerWeek", "municipality", "network", "birthYear", "gender",
                "languages[0].code", "languages[0].level", "capacity", "status", "policeCertificate.type",
                "policeCertificate.issuedOn", "policeCertificate.seenBy");
        assertThat(p.getMessage()).contains("name").contains("capacity");
    }

    @Test
    void nationalIdentityNumbersAreRefusedInFreeText() {
        MentorProfile p = mentor().profile();
        MentorProfile withId = new MentorProfile(p.name(), p.email(), p.phone(), p.organisation(), p.organisationType(),
                p.employment(), p.municipality(), p.county(), p.network(), p.birthYear(), p.gender(), p.languages(),
                "fnr 01019912345", null, List.of("12039954321"), p.experiences(), p.competences(), p.training(),
                p.capacity(), p.status(), p.policeCertificate(), p.conflicts(), null, null);
        assertThatThrownBy(() -> ProfileRules.validate(withId, TODAY).throwIfInvalid())
                .isInstanceOfSatisfying(ApiProblem.class, e -> assertThat(e.errors())
                        .extracting(ApiProblem.FieldError::field).containsExactly("background", "interests[0]"));
    }

    @Test
    void competencesInterestsAndExperiencesAreCodesFromTheirLists() {
        MentorProfile p = mentor().interests("fotball", "football").competences("familiearbeid", "family-work",
                "family-work").profile();
        ApiProblem e = catchThrowableOfType(ApiProblem.class, () -> ProfileRules.validate(p, TODAY).throwIfInvalid());
        assertThat(e.errors()).extracting(ApiProblem.FieldError::field)
                .containsExactly("interests[0]", "competences[0]", "competences[2]");
        ApiProblem.FieldError unknown = e.errors().get(1);
        assertThat(unknown.code()).isEqualTo("oneOf");
        assertThat(unknown.params()).containsEntry("allowed", Codes.COMPETENCES);
    }

    @Test
    void aNeedAsksForInterestsAndExperiencesByTheirCodes() {
        Validation v = new Validation();
        ProfileRules.needInterests(v, List.of("football", "parenting", "friluftsliv"));
        ApiProblem e = catchThrowableOfType(ApiProblem.class, v::throwIfInvalid);
        assertThat(e.errors()).extracting(ApiProblem.FieldError::field).containsExactly("need.interests[2]");
        assertThat(e.errors().get(0).code()).isEqualTo("oneOf");
    }

    @Test
    void employmentModelsNeedTheirOwnFields() {
        MentorProfile p = mentor().profile();
        for (var e : List.of(new Employment("mentor-bank", null, null, null, null),
                new Employment("dedicated-position", null, null, null, 120))) {
            MentorProfile changed = new MentorProfile(p.name(), p.email(), p.phone(), p.organisation(),
                    p.organisationType(), e, p.municipality(), p.county(), p.network(), p.birthYear(), p.gender(),
                    p.languages(), null, null, p.interests(), p.experiences(), p.competences(), p.training(),
                    p.capacity(), p.status(), p.policeCertificate(), p.conflicts(), null, null);
            assertThatThrownBy(() -> ProfileRules.validate(changed, TODAY).throwIfInvalid())
                    .isInstanceOf(ApiProblem.class).hasMessageContaining("employment.");
        }
    }
}
