package no.mentorkit.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiProblemTest {

    @Test
    void badRequest() {
        ApiProblem p = ApiProblem.badRequest("The name is missing.");

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.title()).isEqualTo("Bad Request");
        assertThat(p.getMessage()).isEqualTo("The name is missing.");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void notFound() {
        ApiProblem p = ApiProblem.notFound("No user 7.");

        assertThat(p.status()).isEqualTo(404);
        assertThat(p.title()).isEqualTo("Not Found");
        assertThat(p.getMessage()).isEqualTo("No user 7.");
    }

    @Test
    void forbidden() {
        ApiProblem p = ApiProblem.forbidden("Admins only.");

        assertThat(p.status()).isEqualTo(403);
        assertThat(p.title()).isEqualTo("Forbidden");
        assertThat(p.getMessage()).isEqualTo("Admins only.");
    }

    @Test
    void conflict() {
        ApiProblem p = ApiProblem.conflict("The name is taken.");

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.title()).isEqualTo("Conflict");
        assertThat(p.getMessage()).isEqualTo("The name is taken.");
    }

    @Test
    void invalidListsEveryFieldInTheDetailAndKeepsTheErrors() {
        List<ApiProblem.FieldError> errors = List.of(new ApiProblem.FieldError("$.name", "is required"),
                new ApiProblem.FieldError("$.items[1].qty", "must be positive"));

        ApiProblem p = ApiProblem.invalid(errors);

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.title()).isEqualTo("Bad Request");
        assertThat(p.getMessage()).isEqualTo("Invalid input in: $.name, $.items[1].qty");
        assertThat(p.errors()).containsExactlyElementsOf(errors);
    }

    @Test
    void theErrorsAreACopyThatCannotBeChanged() {
        List<ApiProblem.FieldError> errors = new ArrayList<>(List.of(new ApiProblem.FieldError("a", "bad")));
        ApiProblem p = ApiProblem.invalid(errors);

        errors.add(new ApiProblem.FieldError("b", "bad"));

        assertThat(p.errors()).hasSize(1);
        assertThatThrownBy(() -> p.errors().add(new ApiProblem.FieldError("c", "bad")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isAnUncheckedExceptionWithTheDetailAsMessage() {
        ApiProblem p = new ApiProblem(422, "Unprocessable Entity", "Nope.");

        assertThat(p).isInstanceOf(RuntimeException.class);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.title()).isEqualTo("Unprocessable Entity");
        assertThat(p.getMessage()).isEqualTo("Nope.");
        assertThat(p.errors()).isEmpty();
    }
}
