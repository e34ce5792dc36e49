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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Jackson's JAX-RS provider with our mapper. A body that is empty or the JSON literal {@code null} is refused as a
 * missing body: resources are written for a value, and a null one reached them as a NullPointerException, a 500.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider(ObjectMapper mapper) {
        super(mapper);
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Object value = super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        if (value == null) {
            throw new BadRequestException(new NoContentException("The request body is JSON null."));
        }
        return value;
    }
}
