package no.mentorkit.platform.internal.rest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.platform.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonErrorsTest {

    enum Colour { RED, GREEN }

    record Inner(int count, String label) {
    }

    record Item(String name, int qty) {
    }

    record Outer(String name, Inner inner, List<Item> items, List<String> tags, Colour colour, Boolean active,
            Instant at) {
    }

    record Checked(int n) {
        Checked {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
        }
    }

    record Holder(Checked checked) {
    }

    record Small(short size, float ratio) {
    }

    private final ObjectMapper mapper = Json.create();

    private String describe(String json) {
        return describe(json, Outer.class);
    }

    private String describe(String json, Class<?> type) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, type));
        assertThat(e).as("reading %s should fail", json).isNotNull();
        return JsonErrors.describe(e);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(describe("{\n  \"name\": \"a\",\n  \"inner\": }"))
                .startsWith("Malformed JSON at line 3, column 12: ");
    }

    @Test
    void malformedJsonOnOneLine() {
        assertThat(describe("{\"name\" \"a\"}")).startsWith("Malformed JSON at line 1, column ");
    }

    @Test
    void truncatedJsonIsMalformed() {
        assertThat(describe("{\"name\": \"a\"")).startsWith("Malformed JSON at line 1, column ");
    }

    @Test
    void anUnknownFieldIsNamedWithItsPath() {
        String message = describe("{\"inner\": {\"count\": 1, \"extra\": true}}");

        assertThat(message).startsWith("Unknown field 'extra' at $.inner.extra; known fields: ")
                .contains("count", "label");
    }

    @Test
    void anUnknownTopLevelField() {
        assertThat(describe("{\"nmae\": \"a\"}")).startsWith("Unknown field 'nmae' at $.nmae; known fields: ");
    }

    @Test
    void aWordWhereANumberBelongs() {
        assertThat(describe("{\"inner\": {\"count\": \"many\"}}"))
                .isEqualTo("Invalid value at $.inner.count: expected a number");
    }

    @Test
    void anObjectWhereANumberBelongs() {
        assertThat(describe("{\"inner\": {\"count\": {}}}"))
                .isEqualTo("Wrong type at $.inner.count: expected a number");
    }

    @Test
    void nullForAPrimitiveNumber() {
        assertThat(describe("{\"inner\": {\"count\": null}}")).contains("$.inner.count").contains("a number");
    }

    @Test
    void aStringWhereAnArrayBelongs() {
        assertThat(describe("{\"tags\": \"red\"}")).isEqualTo("Wrong type at $.tags: expected an array");
    }

    @Test
    void anArrayWhereAStringBelongs() {
        assertThat(describe("{\"name\": [\"a\"]}")).isEqualTo("Wrong type at $.name: expected a string");
    }

    @Test
    void aNumberWhereTrueOrFalseBelongs() {
        assertThat(describe("{\"active\": \"maybe\"}")).endsWith("at $.active: expected true or false");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertThat(describe("{\"colour\": \"BLUE\"}"))
                .isEqualTo("Invalid value at $.colour: expected one of RED, GREEN");
    }

    @Test
    void anEnumGivenAsANumberIsRefused() {
        assertThat(describe("{\"colour\": 1}")).contains("$.colour").endsWith("expected one of RED, GREEN");
    }

    @Test
    void aBadTimeNamesTheIsoType() {
        assertThat(describe("{\"at\": \"yesterday\"}")).contains("$.at").endsWith("expected an ISO-8601 Instant");
    }

    @Test
    void anArrayIndexAppearsInThePath() {
        assertThat(describe("{\"items\": [{\"name\": \"a\", \"qty\": 1}, {\"name\": \"b\", \"qty\": \"two\"}]}"))
                .isEqualTo("Invalid value at $.items[1].qty: expected a number");
    }

    @Test
    void anUnknownFieldInsideAnArrayElement() {
        assertThat(describe("{\"items\": [{\"name\": \"a\", \"qty\": 1}, {\"name\": \"b\", \"qty\": 2, \"price\": 3}]}"))
                .startsWith("Unknown field 'price' at $.items[1].price; ");
    }

    @Test
    void aTopLevelArrayWhereAnObjectBelongs() {
        assertThat(describe("[1, 2]")).isEqualTo("Wrong type at $: expected an object");
    }

    @Test
    void trailingContentIsNotDescribedAsAWrongType() {
        assertThat(describe("{\"name\": \"a\"} {\"name\": \"b\"}")).doesNotStartWith("Wrong type");
    }

    @Test
    void pathOfNoReferencesIsTheRoot() {
        assertThat(JsonErrors.path(List.of())).isEqualTo("$");
    }

    @Test
    void otherPrimitiveNumbersAreNamedAsNumbers() {
        assertThat(describe("{\"size\": \"big\"}", Small.class)).isEqualTo("Invalid value at $.size: expected a number");
        assertThat(describe("{\"ratio\": \"half\"}", Small.class))
                .isEqualTo("Invalid value at $.ratio: expected a number");
    }

    @Test
    void malformedJsonDoesNotEchoTheInput() {
        assertThat(describe("{\"name\": hunter2secret}")).doesNotContain("hunter2secret");
    }

    @Test
    void aConstructorThatRejectsAFieldValueNamesThePathAndTheReason() {
        assertThat(describe("{\"checked\": {\"n\": -1}}", Holder.class))
                .startsWith("Invalid value at $.checked: ")
                .contains("n must not be negative");
    }

    @Test
    void aRejectingConstructorDoesNotRevealJavaClassNames() {
        assertThat(describe("{\"checked\": {\"n\": -1}}", Holder.class)).doesNotContain("no.mentorkit", "$Checked");
        assertThat(describe("{\"n\": -1}", Checked.class)).doesNotContain("no.mentorkit", "$Checked")
                .doesNotStartWith("Malformed JSON");
    }

    @Test
    void aMissingNumberIsCalledMissingNotWrong() {
        assertThat(describe("{\"items\": [{\"name\": \"a\"}]}")).isEqualTo("Missing value at $.items[0].qty: expected a number");
    }

    @Test
    void anEmptyDocumentAsksForABody() {
        assertThat(describe("")).isEqualTo("A JSON request body is required.");
    }
}
