package no.mentorkit.ethics.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.rest.ApiProblem;

/** A disclosure names a case code, a past date, recipient, what, a legal basis (with text where needed) and who decided. */
class DisclosureInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static List<String> fields(DisclosureInput in) {
        try {
            in.validate(TODAY).throwIfInvalid();
            return List.of();
        } catch (ApiProblem p) {
            return p.errors().stream().map(ApiProblem.FieldError::field).toList();
        }
    }

    private static DisclosureInput of(String basis, String basisText) {
        return new DisclosureInput("BGO-2026-014", "2026-11-20", "Barnevernstjenesten i Fiktiv kommune",
                "That the person has a mentor (fictional)", basis, basisText, "Koordinator (fiktiv)", null, null);
    }

    @Test
    void aCompleteEntryPasses() {
        assertThat(fields(of("consent", null))).isEmpty();
        assertThat(fields(of("strl196-averting", null))).isEmpty();
        assertThat(fields(of("fvl13-exception", "§13 b nr. 7: avverge fare for liv eller helse"))).isEmpty();
    }

    @Test
    void everyProblemIsNamed() {
        assertThat(fields(new DisclosureInput("Ola Nordmann", "2026-12-01", "", null, "gossip", null, null, null,
                null))).containsExactlyInAnyOrder("caseCode", "disclosedAt", "recipient", "what", "legalBasis",
                        "decidedBy");
        assertThat(fields(of("other", " "))).containsExactly("legalBasisText");
        assertThat(fields(of("fvl13-exception", null))).containsExactly("legalBasisText");
        assertThat(fields(new DisclosureInput("BGO-2026-014", "21.11.2026", "Politiet", "Bekymring, fnr 01019012345",
                "consent", null, "Koordinator", null, null))).containsExactly("disclosedAt", "what");
        assertThat(fields(new DisclosureInput("BGO-2026-014", "2026-11-21", "Politiet", "Bekymring", "consent", null,
                "Koordinator", 4L, null))).as("a correction says why").containsExactly("correctionReason");
    }
}
