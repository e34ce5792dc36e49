package no.mentorkit.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShownTest {

    @Test
    void namesEachRecordShown() {
        assertThat(Shown.list(List.of(3L, 5L, 8L))).isEqualTo("shown: 3, 5, 8");
        assertThat(Shown.list(List.of("ABC-2026-001"))).isEqualTo("shown: ABC-2026-001");
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(Shown.list(List.of())).isEqualTo("shown: none");
    }
}
