package no.mentorkit.platform.json;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of Mentorkit, the REST API's: ISO-8601 dates, strict input (unknown properties, nulls
 * for primitives, numbers for enums and trailing tokens are refused), no nulls in output. Modules use it for what
 * they store as JSON too, so a value reads back as the API wrote it.
 * <p>
 * A special need is a variation of this configuration, never a new one: an {@link ObjectReader} from
 * {@link #mapper()}{@code .reader().with(...)/.without(...)}, or a {@link ObjectMapper#copy()} of it configured
 * further, with a comment saying why (e.g. stored rows read leniently so older rows survive new fields).
 */
@ProviderType
public final class Json {

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /**
     * The shared mapper (thread-safe). Never reconfigure it: it is every module's; take a {@link ObjectMapper#copy()}
     * or a reader instead.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper in this configuration, its caller's own (the JAX-RS provider has one). */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
