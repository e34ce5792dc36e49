package no.mentorkit.ethics.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.ethics.internal.TestDatabase;
import no.mentorkit.ethics.internal.model.Disclosure;
import no.mentorkit.ethics.internal.store.CompletionStore;
import no.mentorkit.ethics.internal.store.DisclosureStore;
import no.mentorkit.ethics.internal.store.EthicsDatabase;
import no.mentorkit.ethics.internal.store.ExpiredRecords;
import no.mentorkit.platform.retention.LegalHolds;
import no.mentorkit.platform.retention.RetentionAction;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention of completions and disclosures against the real migration on H2 (fictional case codes). */
class EthicsRetentionTest {

    private CompletionStore completions;
    private DisclosureStore disclosures;
    private EthicsRetention retention;

    @BeforeEach
    void database() {
        EthicsDatabase db = TestDatabase.create();
        completions = new CompletionStore(db);
        disclosures = new DisclosureStore(db);
        retention = new EthicsRetention(new ExpiredRecords(db));
    }

    private static LegalHolds holding(Set<String> cases, Set<Long> mentors) {
        return LegalHolds.of(cases, mentors);
    }

    private void disclose(String caseCode, Long corrects) {
        disclosures.append(new Disclosure(0, caseCode, LocalDate.of(2026, 11, 1), "Politiet (fiktivt)",
                "Bekymring (fiktiv)", "strl196-averting", null, "Koordinator (fiktiv)", corrects,
                corrects == null ? null : "Feil dato", 3, "coord3", null));
    }

    @Test
    void dueRecordsAreDeletedExceptThoseUnderALegalHold() {
        completions.create("course", "ABC-2026-001", "course-start", "1.0.0", 5, "mentor5");
        completions.create("course", "ABC-2026-002", "course-start", "1.0.0", 5, "mentor5");
        completions.create("mentor", "42", "mentor-onboarding", "1.0.0", 5, "mentor5");
        disclose("ABC-2026-001", null);
        disclose("ABC-2026-003", null);
        disclose("ABC-2026-003", 2L);
        LegalHolds holds = holding(Set.of("ABC-2026-002"), Set.of(42L));
        Instant later = Instant.now().plus(Duration.ofSeconds(5));

        assertThat(retention.due(EthicsRetention.COMPLETIONS, Instant.now().minus(Duration.ofDays(1)), holds))
                .as("nothing is old enough yet").isZero();
        assertThat(retention.due(EthicsRetention.COMPLETIONS, later, holds)).isEqualTo(1);
        assertThat(retention.due(EthicsRetention.DISCLOSURES, later, holds)).isEqualTo(3);
        assertThat(retention.apply(EthicsRetention.COMPLETIONS, later, RetentionAction.KEEP, holds)).isZero();

        assertThat(retention.apply(EthicsRetention.COMPLETIONS, later, RetentionAction.DELETE, holds)).isEqualTo(1);
        assertThat(completions.about("course", "ABC-2026-001")).isEmpty();
        assertThat(completions.about("course", "ABC-2026-002")).as("held").hasSize(1);
        assertThat(completions.about("mentor", "42")).as("held mentor").hasSize(1);

        assertThat(retention.apply(EthicsRetention.DISCLOSURES, later, RetentionAction.DELETE,
                holding(Set.of("ABC-2026-003"), Set.of()))).isEqualTo(1);
        assertThat(retention.due(EthicsRetention.DISCLOSURES, later, holding(Set.of(), Set.of())))
                .as("a disclosure and its correction go together").isEqualTo(2);
    }
}
