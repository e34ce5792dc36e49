package no.mentorkit.forms.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.mentorkit.forms.Item;
import no.mentorkit.forms.Samples;

/** The JSON Schema documents what the linter enforces: the shipped copy and the docs copy agree, and with the code. */
class SchemaFileTest {

    private static final Path BUNDLED = Path.of("src/main/resources/schema/form-definition.schema.json");

    @Test
    void theDocsCopyIsTheBundledSchema() throws IOException {
        assertThat(Files.mismatch(BUNDLED, Path.of("../../docs/form-definition.schema.json"))).isEqualTo(-1L);
    }

    @Test
    void theSchemaNamesTheItemTypesAndLanguagesTheLinterKnows() throws IOException {
        JsonNode schema = Samples.JSON.readTree(BUNDLED.toFile());
        Set<String> types = new HashSet<>();
        schema.path("$defs").path("item").path("properties").path("type").path("enum").forEach(t -> types.add(t.asText()));
        assertThat(types).isEqualTo(Item.TYPES);
        Set<String> langs = new HashSet<>();
        schema.path("$defs").path("text").path("required").forEach(t -> langs.add(t.asText()));
        assertThat(langs).containsExactlyInAnyOrderElementsOf(FormLinter.LANGUAGES);
    }
}
