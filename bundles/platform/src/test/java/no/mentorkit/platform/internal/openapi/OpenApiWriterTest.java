package no.mentorkit.platform.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.platform.rest.Public;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;

class OpenApiWriterTest {

    /** A resource shaped like the modules' own (fictional). */
    @Path("things")
    @RolesAllowed({Role.COORDINATOR, Role.ADMIN})
    public static class Things {

        public record Thing(String name) {
        }

        @GET
        public List<Thing> list(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
            return List.of();
        }

        @GET
        @Path("{id: \\d+}/")
        @Public
        public Thing one(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Consumes("text/csv")
        @RolesAllowed(Role.ADMIN)
        public Thing create(String csv, @Context SecurityContext caller) {
            return null;
        }

        @DELETE
        @Path("{id}")
        public void remove(@PathParam("id") long id) {
        }

        public String notAnOperation() {
            return "";
        }
    }

    private final JsonNode doc = new OpenApiWriter().write(List.of(new RegisteredResources.Resource("demo", Things.class)),
            "1.0.0", "/api");

    @Test
    void describesEachOperationAtItsPathWithTemplatesWithoutTheirPatterns() {
        assertThat(doc.path("paths").fieldNames()).toIterable().containsExactlyInAnyOrder("/things", "/things/{id}");
        assertThat(doc.path("paths").path("/things").fieldNames()).toIterable().containsExactlyInAnyOrder("get", "post");
        assertThat(doc.path("paths").path("/things/{id}").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("get", "delete");
        assertThat(doc.path("tags").findValuesAsText("name")).containsExactly("demo");
    }

    @Test
    void namesParametersAndBodiesButNotInjectedContext() {
        JsonNode list = doc.path("paths").path("/things").path("get");
        assertThat(list.path("parameters").findValuesAsText("name")).containsExactly("q", "limit");
        assertThat(list.path("parameters").path(1).path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(list.path("parameters").path(1).path("schema").path("default").asText()).isEqualTo("20");
        JsonNode create = doc.path("paths").path("/things").path("post");
        assertThat(create.has("parameters")).isFalse();
        assertThat(create.path("requestBody").path("content").fieldNames()).toIterable().containsExactly("text/csv");
        JsonNode one = doc.path("paths").path("/things/{id}").path("get");
        assertThat(one.path("parameters").path(0).path("in").asText()).isEqualTo("path");
        assertThat(one.path("parameters").path(0).path("required").asBoolean()).isTrue();
    }

    @Test
    void rolesFollowTheAccessFilterMethodBeforeClassAndPublicNeedsNone() {
        JsonNode paths = doc.path("paths");
        assertThat(paths.path("/things").path("get").path("x-roles").toString()).isEqualTo("[\"admin\",\"coordinator\"]");
        assertThat(paths.path("/things").path("post").path("x-roles").toString()).isEqualTo("[\"admin\"]");
        JsonNode open = paths.path("/things/{id}").path("get");
        assertThat(open.path("x-public").asBoolean()).isTrue();
        assertThat(open.has("x-roles")).isFalse();
        assertThat(open.path("security").isEmpty()).isTrue();
        assertThat(open.path("responses").has("401")).isFalse();
    }

    @Test
    void everyOperationMayAnswerProblems() {
        JsonNode remove = doc.path("paths").path("/things/{id}").path("delete").path("responses");
        assertThat(remove.fieldNames()).toIterable().containsExactly("204", "400", "401", "403", "404", "409", "503");
        assertThat(remove.path("409").path("$ref").asText()).isEqualTo("#/components/responses/Problem409");
        assertThat(doc.path("components").path("responses").path("Problem409").path("content")
                .path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }
}
