package no.mentorkit.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import no.mentorkit.platform.rest.ApiProblem.FieldError;

class UnreadableQueryParamsTest {

    /** The shape of a search method: numbers, a list of numbers, text and a path parameter. */
    @SuppressWarnings("unused")
    void search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("year") List<Integer> years, @QueryParam("version") Long version, @PathParam("id") long id) {
    }

    private static Method search() throws NoSuchMethodException {
        return UnreadableQueryParamsTest.class.getDeclaredMethod("search", String.class, int.class, List.class,
                Long.class, long.class);
    }

    @Test
    void namesEachNumericQueryParameterWhoseValueIsNoNumber() throws Exception {
        List<FieldError> errors = UnreadableQueryParams.of(search(), Map.of("q", List.of("abc"),
                "page", List.of("two"), "year", List.of("2024", "20x4"), "version", List.of("7")));
        assertThat(errors).containsExactly(new FieldError("page", "must be a number, not 'two'"),
                new FieldError("year", "must be a number, not '20x4'"));
    }

    @Test
    void readableValuesAndPathParametersAreNoConcernOfIt() throws Exception {
        assertThat(UnreadableQueryParams.of(search(), Map.of("page", List.of("3"), "year", List.of("2024"),
                "id", List.of("abc")))).isEmpty();
    }

    @Test
    void anEmptyOrLongValueIsNamedAndShortened() throws Exception {
        List<FieldError> errors = UnreadableQueryParams.of(search(), Map.of("page", List.of(""),
                "version", List.of("9".repeat(30) + "x".repeat(30))));
        assertThat(errors).extracting(FieldError::message).containsExactlyInAnyOrder("must be a number, not ''",
                "must be a number, not '" + "9".repeat(30) + "x".repeat(10) + "…'");
    }
}
