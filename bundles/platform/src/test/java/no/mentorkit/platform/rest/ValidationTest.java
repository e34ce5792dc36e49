package no.mentorkit.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
}
