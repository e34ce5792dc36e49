package no.mentorkit.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void aValidInputDoesNotThrow() {
        Validation v = new Validation()
                .required("name", "Alice")
                .required("age", 42)
                .maxLength("name", "Alice", 5)
                .check(true, "email", "must contain @");

        assertThatCode(v::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void anEmptyValidationDoesNotThrow() {
        assertThatCode(new Validation()::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void collectsEveryInvalidFieldInOrder() {
        Validation v = new Validation()
                .required("name", null)
                .check(false, "email", "must contain @")
                .maxLength("title", "x".repeat(11), 10)
                .required("ok", "fine");

        ApiProblem p = catchThrowableOfType(ApiProblem.class, v::throwIfInvalid);

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.title()).isEqualTo("Bad Request");
        assertThat(p.errors()).extracting(ApiProblem.FieldError::field, ApiProblem.FieldError::message).containsExactly(
                tuple("name", "is required"),
                tuple("email", "must contain @"),
                tuple("title", "must be at most 10 characters"));
        assertThat(p.getMessage()).isEqualTo("Invalid input in: name, email, title");
    }

    @Test
    void requiredTreatsBlankStringsAsMissing() {
        for (String blank : new String[] {"", " ", "\t\n"}) {
            ApiProblem p = catchThrowableOfType(ApiProblem.class, new Validation().required("name", blank)::throwIfInvalid);
            assertThat(p.errors()).as("'%s'", blank).extracting(ApiProblem.FieldError::field, ApiProblem.FieldError::message)
                    .containsExactly(tuple("name", "is required"));
        }
    }

    @Test
    void requiredAcceptsNonStringValuesAndTextWithSpaces() {
        assertThatCode(new Validation()
                .required("count", 0)
                .required("flag", false)
                .required("name", " a ")::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void maxLengthAllowsExactlyTheMaximumAndNull() {
        assertThatCode(new Validation()
                .maxLength("name", "abcde", 5)
                .maxLength("absent", null, 5)
                .maxLength("empty", "", 0)::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void maxLengthRefusesOneCharacterMore() {
        ApiProblem p = catchThrowableOfType(ApiProblem.class,
                new Validation().maxLength("name", "abcdef", 5)::throwIfInvalid);

        assertThat(p.errors()).extracting(ApiProblem.FieldError::field, ApiProblem.FieldError::message)
                .containsExactly(tuple("name", "must be at most 5 characters"));
    }

    @Test
    void oneFieldMayCollectSeveralErrors() {
        ApiProblem p = catchThrowableOfType(ApiProblem.class, new Validation()
                .required("name", " ")
                .check(false, "name", "must be unique")::throwIfInvalid);

        assertThat(p.errors()).extracting(ApiProblem.FieldError::message)
                .containsExactly("is required", "must be unique");
    }

    @Test
    void nationalIdentityNumbersAreRecognisedAndRefusedInFreeText() {
        assertThat(Validation.looksLikeNationalId("født 01019912345")).isTrue();
        assertThat(Validation.looksLikeNationalId("010199 12345")).isTrue();
        assertThat(Validation.looksLikeNationalId("ring +47 400 00 000")).isFalse();
        assertThat(Validation.looksLikeNationalId("saksnr 123456789012")).as("12 digits are something else").isFalse();
        assertThat(Validation.looksLikeNationalId(null)).isFalse();
        ApiProblem p = catchThrowableOfType(ApiProblem.class,
                new Validation().freeText("note", "fnr 01019912345", 100).freeText("ok", "BGO-2026-014", 100)::throwIfInvalid);
        assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("note");
    }

    @Test
    void caseCodesFollowThePattern() {
        for (String good : List.of("BGO-2026-014", "DEMO-2026-001", "OS-2025-1234")) {
            assertThat(Validation.CASE_CODE.matcher(good).matches()).as(good).isTrue();
        }
        for (String bad : List.of("bgo-2026-014", "01019912345", "BGO-26-014", "BGO-2026-14", "")) {
            assertThat(Validation.CASE_CODE.matcher(bad).matches()).as(bad).isFalse();
        }
        ApiProblem p = catchThrowableOfType(ApiProblem.class, new Validation().caseCode("course", null)
                .caseCode("other", "Ola Nordmann")::throwIfInvalid);
        assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("course", "other");
    }

    @Test
    void oneOfAcceptsAbsenceUnlessRequired() {
        ApiProblem p = catchThrowableOfType(ApiProblem.class, new Validation().oneOf("a", null, List.of("x"), false)
                .oneOf("b", null, List.of("x"), true).oneOf("c", "y", List.of("x"), false)::throwIfInvalid);
        assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("b", "c");
    }

    @Test
    void everyRuleNamesItsErrorByCodeWithItsParameters() {
        ApiProblem p = catchThrowableOfType(ApiProblem.class, provokeEveryRule()::throwIfInvalid);

        assertThat(p.errors()).extracting(ApiProblem.FieldError::field, ApiProblem.FieldError::code,
                ApiProblem.FieldError::params).containsExactly(
                tuple("name", "required", Map.of()),
                tuple("title", "tooLong", Map.of("max", 3)),
                tuple("note", "nationalId", Map.of()),
                tuple("course", "caseCode", Map.of()),
                tuple("level", "oneOf", Map.of("allowed", List.of("a", "b"))),
                tuple("from", "dateRange", Map.of("from", "1900-01-01", "to", "2099-12-31")),
                tuple("other", "invalid", Map.of()));
    }

    /** The shell words each code in nb, nn and en (web/ui/i18n.js), so no English reaches a Norwegian page. */
    @Test
    void theShellWordsEveryCodeInAllThreeLanguages() throws IOException {
        String i18n = Files.readString(Path.of("src/main/resources/web/ui/i18n.js"));
        ApiProblem p = catchThrowableOfType(ApiProblem.class, provokeEveryRule()::throwIfInvalid);
        List<String> codes = new ArrayList<>(p.errors().stream().map(ApiProblem.FieldError::code)
                .filter(code -> !code.equals(ApiProblem.FieldError.INVALID)).toList());
        assertThat(codes).hasSize(6);
        codes.add("userName"); // the user name rule of POST /api/users

        for (String code : codes) {
            long labels = Pattern.compile("'problem\\." + code + "':").matcher(i18n).results().count();
            assertThat(labels).as("nb, nn and en labels for problem.%s", code).isEqualTo(3);
        }
    }

    private static Validation provokeEveryRule() {
        return new Validation()
                .required("name", null)
                .maxLength("title", "abcd", 3)
                .freeText("note", "fnr 01019912345", 100)
                .caseCode("course", "Ola")
                .oneOf("level", "c", List.of("a", "b"), false)
                .date("from", LocalDate.of(1800, 1, 1))
                .check(false, "other", "must be something else");
    }
}
