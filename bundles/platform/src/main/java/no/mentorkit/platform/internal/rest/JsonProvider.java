package no.mentorkit.platform.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Jackson's JAX-RS provider with our mapper; an empty body is an error rather than a silent null. */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider(ObjectMapper mapper) {
        super(mapper);
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }
}
