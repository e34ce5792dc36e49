package no.mentorkit.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class JsonTest {

    record Stamped(String name, Instant at) {
    }

    record Offset(OffsetDateTime at) {
    }

    record Counted(int count) {
    }

    enum Colour { RED, GREEN }

    record Coloured(Colour colour) {
    }

    private final ObjectMapper mapper = Json.create();

    @Test
    void writesInstantsAsIsoStrings() throws Exception {
        String json = mapper.writeValueAsString(new Stamped("a", Instant.parse("2024-05-01T10:15:30.123Z")));

        assertThat(json).isEqualTo("{\"name\":\"a\",\"at\":\"2024-05-01T10:15:30.123Z\"}");
    }

    @Test
    void readsInstantsFromIsoStrings() throws Exception {
        Stamped s = mapper.readValue("{\"name\":\"a\",\"at\":\"2024-05-01T10:15:30Z\"}", Stamped.class);

        assertThat(s.at()).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    }

    @Test
    void keepsTheOffsetOfAnOffsetDateTime() throws Exception {
        Offset o = mapper.readValue("{\"at\":\"2024-05-01T12:15:30+02:00\"}", Offset.class);

        assertThat(o.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void omitsNulls() throws Exception {
        assertThat(mapper.writeValueAsString(new Stamped(null, null))).isEqualTo("{}");
        assertThat(mapper.writeValueAsString(new Stamped("a", null))).isEqualTo("{\"name\":\"a\"}");
    }

    @Test
    void failsOnTrailingTokens() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\"} {}", Stamped.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void failsOnUnknownProperties() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\",\"extra\":1}", Stamped.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void failsOnNullForAPrimitive() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":null}", Counted.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void failsOnANumberForAnEnum() {
        assertThatThrownBy(() -> mapper.readValue("{\"colour\":0}", Coloured.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void eachCallGivesAFreshMapper() {
        assertThat(Json.create()).isNotSameAs(Json.create());
    }

    @Test
    void theSharedMapperHasTheSameConfiguration() throws Exception {
        assertThat(Json.mapper().writeValueAsString(new Stamped(null, Instant.parse("2024-05-01T10:15:30Z"))))
                .isEqualTo("{\"at\":\"2024-05-01T10:15:30Z\"}");
        assertThatThrownBy(() -> Json.mapper().readValue("{\"count\":1,\"extra\":2}", Counted.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(Json.mapper()).isSameAs(Json.mapper());
    }
}
