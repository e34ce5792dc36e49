package no.mentorkit.registry.internal.osgi;

import static no.mentorkit.registry.internal.testing.Mentors.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.service.ProfileRules;
import no.mentorkit.registry.internal.service.eligibility.Eligibility;
import no.mentorkit.registry.internal.service.eligibility.EligibilityPolicy;

class DemoBankTest {

    private final List<DemoBank.DemoMentor> bank = DemoBank.mentors(DemoData.MENTORS, TODAY, 2026L);

    @Test
    void isLargeFictionalValidAndTheSameEveryTime() {
        assertThat(bank).hasSizeGreaterThanOrEqualTo(60);
        assertThat(bank).allMatch(d -> d.profile().name().endsWith("(fiktiv)"));
        bank.forEach(d -> ProfileRules.validate(d.profile(), TODAY).throwIfInvalid());
        assertThat(DemoBank.mentors(DemoData.MENTORS, TODAY, 2026L)).isEqualTo(bank);
    }

    @Test
    void isVariedAndSomeAreIneligibleForEachReason() {
        assertThat(set(d -> d.profile().network())).hasSize(5);
        assertThat(set(d -> d.profile().municipality())).hasSizeGreaterThan(10);
        assertThat(set(d -> d.profile().gender())).hasSize(3);
        assertThat(set(d -> d.profile().employment().model())).hasSize(3);
        assertThat(set(d -> d.profile().organisationType())).hasSizeGreaterThanOrEqualTo(4);
        Eligibility rules = new Eligibility(EligibilityPolicy.DEFAULT);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            var d = bank.get(i);
            String f = rules.firstFailure(new MentorFacts(i + 1, d.profile(), d.lastSupervision(), 0), TODAY);
            failures.add(f == null ? "eligible" : f);
        }
        assertThat(failures).contains("eligible", "status", "police-certificate", "training", "supervision", "conflicts");
        assertThat(failures.stream().filter("eligible"::equals).count()).isGreaterThan(bank.size() / 2);
    }

    private Set<String> set(Function<DemoBank.DemoMentor, String> f) {
        return bank.stream().map(f).collect(Collectors.toSet());
    }
}
