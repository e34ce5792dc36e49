package no.mentorkit.registry.internal.service.matching;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile.Conflict;
import no.mentorkit.registry.internal.model.MentorProfile.Language;
import no.mentorkit.registry.internal.model.MentorProfile.Training;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.service.eligibility.EligibilityPolicy;
import no.mentorkit.registry.internal.service.matching.MatchResult.Candidate;
import no.mentorkit.registry.internal.service.matching.MatchResult.Exclusion;
import no.mentorkit.registry.internal.service.matching.MatchResult.Reason;

class MatcherTest {

    private final Matcher matcher = new Matcher(new Eligibility(EligibilityPolicy.DEFAULT), Weights.DEFAULT);

    private static Need need(List<String> languages, String gender, List<String> interests) {
        return new Need("BGO-2026-014", "returned-fighter", "family", languages, gender, 30, 50, interests, "Bergen",
                "Vestland", "vest", null);
    }

    private static Need plain() {
        return new Need(null, "at-risk", "individual", null, null, null, null, null, null, null, null, null);
    }

    @Test
    void nobodyEligibleGivesNoCandidatesAndEveryMentorExcludedWithItsReason() {
        List<MentorFacts> bank = List.of(mentor().status("left").facts(3), mentor().certificate(null).facts(1),
                mentor().capacity(1).activeCourses(1).facts(2));
        MatchResult r = matcher.match(plain(), bank, TODAY, 10);
        assertThat(r.candidates()).isEmpty();
        assertThat(r.eligibleCount()).isZero();
        assertThat(r.considered()).isEqualTo(3);
        assertThat(r.excluded()).extracting(Exclusion::mentorId, Exclusion::code).containsExactly(
                tuple(1L, "police-certificate"),
                tuple(2L, "capacity"),
                tuple(3L, "status"));
    }

    @Test
    void everyHardGateExcludes() {
        List<MentorFacts> bank = List.of(
                mentor().status("paused").facts(1),
                mentor().certificateIssued(TODAY.minusYears(4)).facts(2),
                mentor().training(new Training("2026-06", false, null)).facts(3),
                mentor().lastSupervision(TODAY.minusWeeks(12)).facts(4),
                mentor().capacity(1).activeCourses(1).facts(5),
                mentor().conflicts(new Conflict("kin", null)).facts(6),
                mentor().conflicts(new Conflict("knows the family", "BGO-2026-014")).facts(7),
                mentor().facts(8));
        MatchResult r = matcher.match(need(List.of("ar"), null, List.of()), bank, TODAY, 10);
        assertThat(r.excluded()).extracting(Exclusion::code).containsExactly("status", "police-certificate",
                "training", "supervision", "capacity", "conflicts", Matcher.CASE_CONFLICT);
        assertThat(r.candidates()).extracting(Candidate::mentorId).containsExactly(8L);
    }

    @Test
    void aConflictWithAnotherCaseDoesNotExclude() {
        var m = mentor().conflicts(new Conflict("knows the family", "OSL-2026-001")).facts(1);
        assertThat(matcher.match(need(List.of(), null, List.of()), List.of(m), TODAY, 10).candidates()).hasSize(1);
    }

    @Test
    void rankingFollowsTheSoftCriteriaWithReasonsThatAddUp() {
        var strong = mentor().languages(new Language("nb", "native"), new Language("ar", "native")).gender("male")
                .birthYear(TODAY.getYear() - 40).interests("football").competences("returnees", "family-work")
                .facts(1);
        var weak = mentor().languages(new Language("nb", "native")).gender("female")
                .birthYear(TODAY.getYear() - 60).place("Tromsø", "Troms", "nord").facts(2);
        MatchResult r = matcher.match(need(List.of("ar"), "male", List.of("football")), List.of(weak, strong), TODAY, 10);
        assertThat(r.candidates()).extracting(Candidate::mentorId).containsExactly(1L, 2L);
        for (Candidate c : r.candidates()) {
            assertThat(c.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(c.score());
        }
        Candidate best = r.candidates().get(0);
        assertThat(best.rank()).isEqualTo(1);
        assertThat(best.reasons()).extracting(Reason::code).containsExactly("language", "competence", "interests",
                "locality", "gender", "age", "load");
        assertThat(best.score()).isBetween(90, 100);
        assertThat(best.reasons()).filteredOn(x -> x.code().equals("language")).first()
                .satisfies(x -> assertThat(List.of(x.count(), x.of())).containsExactly(1, 1));
        assertThat(best.reasons()).filteredOn(x -> x.code().equals("locality")).extracting(Reason::basis)
                .containsExactly("municipality");
        assertThat(r.candidates().get(1).reasons()).filteredOn(x -> x.code().equals("locality"))
                .extracting(Reason::basis).containsExactly("elsewhere");
        assertThat(r.candidates().get(1).reasons()).filteredOn(x -> x.code().equals("language"))
                .extracting(Reason::points).containsExactly(0);
    }

    @Test
    void tiesAreBrokenByMentorIdWhateverTheInputOrder() {
        List<MentorFacts> bank = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            bank.add(mentor().facts(id));
        }
        Collections.shuffle(bank, new Random(4));
        MatchResult a = matcher.match(plain(), bank, TODAY, 30);
        Collections.shuffle(bank, new Random(5));
        MatchResult b = matcher.match(plain(), bank, TODAY, 30);
        assertThat(a.candidates()).extracting(Candidate::mentorId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void weightsDecideWhichCriterionWins() {
        var speaksArabic = mentor().languages(new Language("ar", "native")).gender("female").facts(1);
        var male = mentor().languages(new Language("nb", "native")).gender("male").facts(2);
        Need n = new Need(null, "at-risk", "individual", List.of("ar"), "male", null, null, null, null, null, null, null);
        var languageFirst = new Matcher(new Eligibility(EligibilityPolicy.DEFAULT), new Weights(50, 0, 0, 0, 10, 0, 0));
        var genderFirst = new Matcher(new Eligibility(EligibilityPolicy.DEFAULT), new Weights(10, 0, 0, 0, 50, 0, 0));
        assertThat(languageFirst.match(n, List.of(speaksArabic, male), TODAY, 5).candidates().get(0).mentorId())
                .isEqualTo(1L);
        assertThat(genderFirst.match(n, List.of(speaksArabic, male), TODAY, 5).candidates().get(0).mentorId())
                .isEqualTo(2L);
        assertThat(languageFirst.match(n, List.of(male), TODAY, 5).candidates().get(0).reasons())
                .extracting(Reason::code).as("a weight of 0 gives no reason").containsExactly("language", "gender");
    }

    @Test
    void youngMentorsAreProposedWithAWarning() {
        var young = mentor().birthYear(TODAY.getYear() - 22).facts(1);
        Candidate c = matcher.match(plain(), List.of(young), TODAY, 5).candidates().get(0);
        assertThat(c.warnings()).containsExactly("age");
    }

    @Test
    void theLimitCutsCandidatesButNeverExclusions() {
        List<MentorFacts> bank = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            bank.add(id % 2 == 0 ? mentor().facts(id) : mentor().status("left").facts(id));
        }
        MatchResult r = matcher.match(plain(), bank, TODAY, 2);
        assertThat(r.candidates()).hasSize(2);
        assertThat(r.eligibleCount()).isEqualTo(5);
        assertThat(r.excluded()).hasSize(5);
    }

    @Test
    void everyCompetenceInTheVocabularyCountsForSomeNeedAndNoOtherDoes() {
        assertThat(Matcher.countedCompetences()).containsExactlyInAnyOrderElementsOf(Codes.COMPETENCES);
    }
}
