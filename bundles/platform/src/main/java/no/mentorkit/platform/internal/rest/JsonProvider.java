package no.mentorkit.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.NoContentException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import no.mentorkit.platform.rest.ApiProblem;

/**
 * Jackson's JAX-RS provider with our mapper. A body that is empty or the JSON literal {@code null} is refused as a
 * missing body: resources are written for a value, and a null one reached them as a NullPointerException, a 500.
 * Every body is read as a tree first and its text checked by {@link BodyGuard}, then bound to the resource's type.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    private final ObjectMapper mapper;

    public JsonProvider(ObjectMapper mapper) {
        super(mapper);
        this.mapper = mapper;
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonNode tree = mapper.readTree(entityStream);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new BadRequestException(new NoContentException(tree == null || tree.isMissingNode()
                    ? "A JSON request body is required." : "The request body is JSON null."));
        }
        try {
            BodyGuard.check(tree);
        } catch (ApiProblem refused) {
            // CXF passes on a WebApplicationException from a body reader as it is; the mapper answers its cause.
            throw new BadRequestException(refused);
        }
        if (type.isInstance(tree)) {
            return tree;
        }
        try (JsonParser tokens = mapper.treeAsTokens(tree)) {
            Object value = mapper.readerFor(mapper.getTypeFactory().constructType(genericType)).readValue(tokens);
            if (value == null) {
                throw new BadRequestException(new NoContentException("The request body is JSON null."));
            }
            return value;
        }
    }
}
