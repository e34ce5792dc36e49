package no.mentorkit.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void nationalIdIsFoundHoweverItIsWritten() {
        for (String written : List.of("01019012345", "01 01 90 12345", "010190/12345", "01.01.90-12345",
                "0101 9012 345", "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15",
                "0101\u200B9012345", "010190\u00AD12345", "0\u20601\u200C01\u200D90 12345", "\uFEFF010190 12345",
                "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664\u0665", "D-nr 41019012345",
                "fnr: 01019012345.")) {
            assertThat(TextRules.looksLikeNationalId("Merknad " + written + " (fiktiv)")).as(written).isTrue();
        }
    }

    @Test
    void otherNumbersAreNotNationalIds() {
        for (String text : List.of("ring +47 400 00 000", "saksnr 123456789012", "BGO-2026-014",
                "møte 2026-01-01 kl. 10", "kort 1234 5678 9012 3456", "99999999999", "ISBN 978-82-02-12345-6",
                "Sommer 2026, 12 deltakere")) {
            assertThat(TextRules.looksLikeNationalId(text)).as(text).isFalse();
        }
    }

    @Test
    void nulControlCharactersAndLoneSurrogatesAreBad() {
        assertThat(TextRules.badCharacters("a\u0000b")).get().asString().contains("NUL");
        assertThat(TextRules.badCharacters("\uD800")).get().asString().contains("surrogate");
        assertThat(TextRules.badCharacters("x\uDC00")).get().asString().contains("surrogate");
        assertThat(TextRules.badCharacters("\uD83D\uDE00 smil")).isEmpty();
        assertThat(TextRules.badCharacters("line\nbreak\tand tab\r\n")).isEmpty();
        assertThat(TextRules.badCharacters("bell\u0007")).isPresent();
    }

    @Test
    void datesOutsideTheRangeAreNamedAndOthersAreLeftAlone() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31",
                "1899-12-31", "2100-01-01", "+10000-01-01T00:00:00Z")) {
            assertThat(TextRules.outOfRangeDate(date)).as(date).isPresent();
        }
        for (String text : List.of("2026-12-04", "1900-01-01", "2099-12-31", "2026-12-04T10:00:00Z",
                "not a date", "møte 9999-12-31 (fritekst)")) {
            assertThat(TextRules.outOfRangeDate(text)).as(text).isEmpty();
        }
        assertThat(TextRules.parseDate("d", "2026-01-02")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThatThrownBy(() -> TextRules.parseDate("d", "+999999999-12-31")).isInstanceOf(ApiProblem.class);
    }
}
