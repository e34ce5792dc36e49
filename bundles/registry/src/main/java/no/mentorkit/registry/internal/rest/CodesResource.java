package no.mentorkit.registry.internal.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.registry.internal.model.Codes;

/**
 * {@code GET /api/registry/codes}: the code lists the registry's validation accepts, so the UI offers exactly
 * these instead of typing them again; their labels live in the UI's messages. No personal data, nothing to audit.
 */
@Component(service = CodesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("registry/codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class CodesResource {

    private static final Map<String, Object> CODES = codes();

    @GET
    public Map<String, Object> list() {
        return CODES;
    }

    private static Map<String, Object> codes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetGroups", Codes.TARGET_GROUPS);
        m.put("levels", Codes.LEVELS);
        m.put("networks", Codes.NETWORKS);
        m.put("courseStatuses", Codes.COURSE_STATUSES);
        m.put("courseTransitions", Codes.COURSE_TRANSITIONS);
        m.put("mentorStatuses", Codes.MENTOR_STATUSES);
        m.put("organisationTypes", Codes.ORGANISATION_TYPES);
        m.put("employmentModels", Codes.EMPLOYMENT_MODELS);
        m.put("genders", Codes.GENDERS);
        m.put("languageLevels", Codes.LANGUAGE_LEVELS);
        m.put("sessionKinds", Codes.SESSION_KINDS);
        m.put("supervisionForms", Codes.SUPERVISION_FORMS);
        m.put("competences", Codes.COMPETENCES);
        m.put("interests", Codes.INTERESTS);
        m.put("experiences", Codes.EXPERIENCES);
        return Collections.unmodifiableMap(m);
    }
}
