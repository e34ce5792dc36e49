package no.mentorkit.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

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
        assertThat(p.errors()).containsExactly(
                new ApiProblem.FieldError("name", "is required"),
                new ApiProblem.FieldError("email", "must contain @"),
                new ApiProblem.FieldError("title", "must be at most 10 characters"));
        assertThat(p.getMessage()).isEqualTo("Invalid input in: name, email, title");
    }

    @Test
    void requiredTreatsBlankStringsAsMissing() {
        for (String blank : new String[] {"", " ", "\t\n"}) {
            ApiProblem p = catchThrowableOfType(ApiProblem.class, new Validation().required("name", blank)::throwIfInvalid);
            assertThat(p.errors()).as("'%s'", blank).containsExactly(new ApiProblem.FieldError("name", "is required"));
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

        assertThat(p.errors()).containsExactly(new ApiProblem.FieldError("name", "must be at most 5 characters"));
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
}
