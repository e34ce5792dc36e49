package no.mentorkit.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.rest.ApiProblem;

class BodyGuardTest {

    private final ObjectMapper json = Json.create();

    private List<String> refusedFields(String body) throws Exception {
        ApiProblem e = catchThrowableOfType(() -> BodyGuard.check(json.readTree(body)), ApiProblem.class);
        assertThat(e).as(body).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        return e.errors().stream().map(ApiProblem.FieldError::field).toList();
    }

    @Test
    void namesEveryOffendingFieldByItsPath() throws Exception {
        assertThat(refusedFields("""
                {"name":"ok","notes":"a\\u0000b","languages":[{"code":"nb"},{"code":"\\ud800"}],
                 "answers":{"describe":{"value":"fnr 01 01 90 12345"}},"date":"+999999999-12-31"}
                """)).containsExactly("notes", "languages[1].code", "answers.describe.value", "date");
    }

    @Test
    void passwordsAreNotFreeTextButStillNeedValidCharacters() throws Exception {
        assertThatCode(() -> BodyGuard.check(json.readTree("{\"password\":\"01019012345-secret\"}")))
                .doesNotThrowAnyException();
        assertThat(refusedFields("{\"newPassword\":\"x\\u0000\"}")).containsExactly("newPassword");
    }

    @Test
    void keysAreCheckedToo() throws Exception {
        assertThat(refusedFields("{\"answers\":{\"\\u0000\":1}}")).containsExactly("answers");
    }
}
