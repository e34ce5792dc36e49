package no.mentorkit.ethics.internal.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.TestDatabase;
import no.mentorkit.ethics.internal.model.Completion;
import no.mentorkit.ethics.internal.model.Disclosure;
import no.mentorkit.ethics.internal.model.EthicsCodes;
import no.mentorkit.ethics.internal.model.ItemAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** The stores against the real migration on H2. */
class StoresTest {

    private CompletionStore completions;
    private RequirementStore requirements;
    private DisclosureStore disclosures;
    private GuidelineStore guidelines;

    @BeforeEach
    void database() {
        EthicsDatabase db = TestDatabase.create();
        completions = new CompletionStore(db);
        requirements = new RequirementStore(db);
        disclosures = new DisclosureStore(db);
        guidelines = new GuidelineStore(db);
    }

    @Test
    void requirementsAreSeededOnceAndChangedOnlyAtTheCurrentVersion() {
        assertThat(requirements.seed(List.of("course-start"), "system")).isTrue();
        assertThat(requirements.seed(List.of("course-closing"), "system")).as("only the first start").isFalse();
        assertThat(requirements.current()).isEqualTo(new RequirementStore.Requirements(Set.of("course-start"), 1));
        assertThat(requirements.replace(List.of("course-start", "mentor-onboarding"), 1, "admin")).isTrue();
        assertThat(requirements.replace(List.of(), 1, "admin")).as("stale").isFalse();
        assertThat(requirements.current()).isEqualTo(new RequirementStore.Requirements(
                Set.of("course-start", "mentor-onboarding"), 2));
        assertThat(requirements.replace(List.of(), 2, "admin")).isTrue();
        assertThat(requirements.current().required()).isEmpty();
    }

    @Test
    void aCompletionGoesFromDraftToSignedToCountersignedAtTheExpectedVersions() {
        Completion c = completions.create("course", "ABC-2026-001", "course-start", "1.0.0", 5, "mentor5");
        assertThat(c.status()).isEqualTo(EthicsCodes.DRAFT);
        var answers = Map.of("mentor-trained", new ItemAnswer(true, "Kull 2022 (fiktivt)"));
        assertThat(completions.saveDraft(c.id(), 1, answers)).isTrue();
        assertThat(completions.saveDraft(c.id(), 1, Map.of())).as("stale").isFalse();
        assertThat(completions.countersign(c.id(), 2, 6, "coord6", "coordinator", null)).as("not signed").isFalse();
        assertThat(completions.sign(c.id(), 2, answers, 5, "mentor5")).isTrue();
        assertThat(completions.saveDraft(c.id(), 3, Map.of())).as("signed: no more edits").isFalse();
        assertThat(completions.countersigned("course", "ABC-2026-001", "course-start")).isFalse();
        assertThat(completions.countersign(c.id(), 3, 6, "coord6", "coordinator", "OK")).isTrue();
        Completion done = completions.find(c.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(EthicsCodes.COUNTERSIGNED);
        assertThat(done.answers()).isEqualTo(answers);
        assertThat(done.signedBy()).isEqualTo("mentor5");
        assertThat(done.countersignedBy()).isEqualTo("coord6");
        assertThat(done.signedAt()).isNotNull();
        assertThat(done.countersignedAt()).isNotNull();
        assertThat(done.rowVersion()).isEqualTo(4);
        assertThat(completions.countersigned("course", "ABC-2026-001", "course-start")).isTrue();
        assertThat(completions.countersigned("course", "ABC-2026-002", "course-start")).isFalse();
        assertThat(completions.about("course", "ABC-2026-001")).hasSize(1);
    }

    @Test
    void disclosuresAreAppendedAndACorrectionPointsAtTheOriginal() {
        Disclosure first = disclosures.append(new Disclosure(0, "ABC-2026-001", LocalDate.of(2026, 11, 1),
                "Politiet (fiktivt)", "Bekymring (fiktiv)", "strl196-averting", null, "Koordinator (fiktiv)", null,
                null, 3, "coord3", null));
        Disclosure fix = disclosures.append(new Disclosure(0, "ABC-2026-001", LocalDate.of(2026, 11, 2),
                "Politiet (fiktivt)", "Bekymring (fiktiv)", "strl196-averting", null, "Koordinator (fiktiv)",
                first.id(), "Feil dato", 3, "coord3", null));
        assertThat(disclosures.list("ABC-2026-001")).extracting(Disclosure::id).containsExactly(fix.id(), first.id());
        assertThat(disclosures.find(first.id()).orElseThrow().disclosedOn()).as("the original stays as it was")
                .isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(fix.corrects()).isEqualTo(first.id());
        assertThat(fix.recordedAt()).isNotNull();
        assertThat(disclosures.list(null)).hasSize(2);
        assertThat(disclosures.list("XYZ-2026-001")).isEmpty();
    }

    @Test
    void aNewGuidelineVersionNeedsNewAcceptances() {
        Map<String, String> text = Map.of("nb", "Tekst", "nn", "Tekst", "en", "Text");
        assertThat(guidelines.publish(0, text, null, "system")).contains(1);
        assertThat(guidelines.publish(0, text, null, "admin")).as("stale").isEmpty();
        guidelines.accept(1, 5, "mentor5");
        guidelines.accept(1, 5, "mentor5");
        assertThat(guidelines.acceptances(1)).hasSize(1);
        assertThat(guidelines.publish(1, Map.of("nb", "Ny", "nn", "Ny", "en", "New"), "Endret", "admin")).contains(2);
        assertThat(guidelines.current().orElseThrow().version()).isEqualTo(2);
        assertThat(guidelines.current().orElseThrow().text()).containsEntry("en", "New");
        assertThat(guidelines.acceptances(2)).isEmpty();
        assertThat(guidelines.acceptances(null)).hasSize(1);
        assertThat(guidelines.versions()).hasSize(2);
    }
}
