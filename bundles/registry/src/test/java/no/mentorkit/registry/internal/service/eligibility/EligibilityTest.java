package no.mentorkit.registry.internal.service.eligibility;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static no.mentorkit.registry.internal.testing.Mentors.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile.Conflict;
import no.mentorkit.registry.internal.model.MentorProfile.Training;

class EligibilityTest {

    private final Eligibility rules = new Eligibility(EligibilityPolicy.DEFAULT);

    private Check check(MentorFacts m, String code) {
        return rules.report(m, TODAY).checks().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aMentorWithEverythingInOrderIsEligible() {
        EligibilityReport report = rules.report(mentor().facts(1), TODAY);
        assertThat(report.eligible()).isTrue();
        assertThat(report.checks()).extracting(Check::code).containsExactly("status", "police-certificate",
                "training", "supervision", "capacity", "conflicts", "age");
        assertThat(report.checks()).allMatch(c -> c.outcome().equals(Check.OK));
        assertThat(rules.firstFailure(mentor().facts(1), TODAY)).isNull();
    }

    @Test
    void policeCertificateCountsForTheConfiguredYears() {
        var justValid = mentor().certificateIssued(TODAY.minusYears(3).plusDays(1)).facts(1);
        var expired = mentor().certificateIssued(TODAY.minusYears(3)).facts(1);
        assertThat(check(justValid, "police-certificate").outcome()).isEqualTo(Check.OK);
        assertThat(check(expired, "police-certificate").outcome()).isEqualTo(Check.FAIL);
        assertThat(check(mentor().certificate(null).facts(1), "police-certificate").failed()).isTrue();
        var fiveYears = new Eligibility(new EligibilityPolicy(5, 8, 60, 25));
        assertThat(fiveYears.firstFailure(expired, TODAY)).isNull();
    }

    @Test
    void eachGateFailsForItsOwnReason() {
        assertThat(rules.firstFailure(mentor().status("paused").facts(1), TODAY)).isEqualTo("status");
        assertThat(rules.firstFailure(mentor().status("left").facts(1), TODAY)).isEqualTo("status");
        assertThat(rules.firstFailure(mentor().training(new Training("2025-06", false, null)).facts(1), TODAY))
                .isEqualTo("training");
        assertThat(rules.firstFailure(mentor().training(null).facts(1), TODAY)).isEqualTo("training");
        assertThat(rules.firstFailure(mentor().lastSupervision(TODAY.minusWeeks(9)).facts(1), TODAY))
                .isEqualTo("supervision");
        assertThat(rules.firstFailure(mentor().lastSupervision(null).facts(1), TODAY)).isEqualTo("supervision");
        assertThat(rules.firstFailure(mentor().capacity(2).activeCourses(2).facts(1), TODAY)).isEqualTo("capacity");
        assertThat(rules.firstFailure(mentor().capacity(0).facts(1), TODAY)).isEqualTo("capacity");
        assertThat(rules.firstFailure(mentor().conflicts(new Conflict("kin", null)).facts(1), TODAY))
                .isEqualTo("conflicts");
        assertThat(rules.firstFailure(mentor().conflicts(new Conflict("knows family", "BGO-2026-001")).facts(1),
                TODAY)).as("a conflict with one case excludes only from that case").isNull();
    }

    @Test
    void supervisionWeeksAreConfigurable() {
        var sixWeeksAgo = mentor().lastSupervision(TODAY.minusWeeks(6)).facts(1);
        assertThat(rules.firstFailure(sixWeeksAgo, TODAY)).isNull();
        assertThat(new Eligibility(new EligibilityPolicy(3, 4, 60, 25)).firstFailure(sixWeeksAgo, TODAY))
                .isEqualTo("supervision");
    }

    @Test
    void beingUnder25WarnsAndNeverExcludes() {
        var young = mentor().birthYear(TODAY.getYear() - 23).facts(1);
        EligibilityReport report = rules.report(young, TODAY);
        assertThat(report.eligible()).isTrue();
        assertThat(report.warnings()).extracting(Check::code).containsExactly("age");
        assertThat(check(mentor().birthYear(TODAY.getYear() - 25).facts(1), "age").outcome()).isEqualTo(Check.OK);
    }

    @Test
    void reportAndGatesAgree() {
        List<MentorFacts> many = List.of(mentor().status("paused").facts(1), mentor().capacity(0).facts(2),
                mentor().facts(3), mentor().certificate(null).facts(4));
        for (MentorFacts m : many) {
            assertThat(rules.report(m, TODAY).eligible()).isEqualTo(rules.firstFailure(m, TODAY) == null);
        }
    }

    @Test
    void dueSoonListsCertificatesAndSupervisionWithinTheLookAheadSoonestFirst() {
        var certSoon = mentor().certificateIssued(TODAY.minusYears(3).plusDays(10)).facts(1);
        var supOverdue = mentor().lastSupervision(TODAY.minusWeeks(9)).facts(2);
        var fine = mentor().certificateIssued(TODAY).lastSupervision(TODAY).facts(3);
        var paused = mentor().status("paused").certificateIssued(TODAY.minusYears(3)).facts(4);
        List<DueItem> due = rules.dueSoon(List.of(certSoon, supOverdue, fine, paused), TODAY);
        assertThat(due).extracting(DueItem::mentorId, DueItem::code, DueItem::overdue).containsExactly(
                tuple(2L, "supervision", true),
                tuple(1L, "police-certificate", false));
        assertThat(due.get(1).dueOn()).isEqualTo(TODAY.plusDays(10));
        assertThat(rules.dueSoon(List.of(fine), TODAY)).isEmpty();
        assertThat(new Eligibility(new EligibilityPolicy(3, 8, 60, 25)).dueSoon(List.of(fine), TODAY))
                .as("a longer look-ahead sees the supervision due in 8 weeks").hasSize(1);
    }

    @Test
    void gatesForADayAgreeWithTheReportAcrossLeapDays() {
        for (int years = 1; years <= 4; years++) {
            Eligibility r = new Eligibility(new EligibilityPolicy(years, 8, 30, 25));
            for (LocalDate today = LocalDate.of(2027, 2, 20); today.isBefore(LocalDate.of(2028, 3, 10));
                    today = today.plusDays(1)) {
                var gates = r.gates(today);
                for (LocalDate issued = LocalDate.of(2024, 2, 25); issued.isBefore(LocalDate.of(2024, 3, 3));
                        issued = issued.plusDays(1)) {
                    var m = mentor().certificateIssued(issued).lastSupervision(today.minusWeeks(8)).facts(1);
                    assertThat(gates.firstFailure(m)).as("%s issued %s, %d years", today, issued, years)
                            .isEqualTo(r.report(m, today).eligible() ? null : "police-certificate");
                }
                var late = mentor().certificateIssued(today).lastSupervision(today.minusWeeks(8).minusDays(1)).facts(1);
                assertThat(gates.firstFailure(late)).isEqualTo("supervision");
            }
        }
    }
}
