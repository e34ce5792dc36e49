package no.mentorkit.registry.internal.service;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.rest.ApiProblem;
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
        assertThat(TextRules.looksLikeNationalId("født 01019912345")).isTrue();
        assertThat(TextRules.looksLikeNationalId("010199 12345")).isTrue();
        assertThat(TextRules.looksLikeNationalId("ring +47 400 00 000")).isFalse();
        assertThat(TextRules.looksLikeNationalId("saksnr 123456789012")).as("12 digits are something else").isFalse();
        assertThat(TextRules.looksLikeNationalId(null)).isFalse();
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
    void caseCodesFollowThePattern() {
        for (String good : List.of("BGO-2026-014", "DEMO-2026-001", "OS-2025-1234")) {
            assertThat(TextRules.CASE_CODE.matcher(good).matches()).as(good).isTrue();
        }
        for (String bad : List.of("bgo-2026-014", "01019912345", "BGO-26-014", "BGO-2026-14", "")) {
            assertThat(TextRules.CASE_CODE.matcher(bad).matches()).as(bad).isFalse();
        }
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
