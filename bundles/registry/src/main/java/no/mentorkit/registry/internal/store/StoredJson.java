package no.mentorkit.registry.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import no.mentorkit.platform.json.Json;

/** JSON for the parts of records stored as text; lenient on read so older rows survive new fields. */
final class StoredJson {

    private static final ObjectMapper MAPPER = Json.mapper();
    /** Lenient on unknown properties: a row written before a field was removed still reads. */
    private static final ObjectReader READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return READER.forType(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
