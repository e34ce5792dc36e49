package no.mentorkit.forms.internal.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.forms.DeployedForm;
import no.mentorkit.forms.Deployment;
import no.mentorkit.forms.internal.model.fhir.Fhir;
import no.mentorkit.forms.internal.model.fhir.QuestionnaireImport;
import no.mentorkit.forms.internal.service.FormAdministration;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * The forms admin API, {@code /api/forms}, for every kind of form an installed module claims: the versions with
 * their status and the deployment outcomes with refusal reasons (admins and coordinators), upload, publish and
 * retire (admins).
 */
@Component(service = FormsAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("forms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class FormsAdminResource {

    /** A form version as listed, without its items. */
    public record FormVersion(String id, String version, String kind, String status, Map<String, String> title,
            String source, String file, Instant deployedAt) {
    }

    private final FormAdministration forms;

    @Activate
    public FormsAdminResource(@Reference FormAdministration forms) {
        this.forms = forms;
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public List<FormVersion> list() {
        return forms.forms().stream().map(FormsAdminResource::version).toList();
    }

    @GET
    @Path("kinds")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public List<String> kinds() {
        return List.copyOf(forms.claimedKinds());
    }

    @GET
    @Path("deployments")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public List<Deployment> deployments(@QueryParam("limit") @DefaultValue("100") int limit) {
        // A negative row count is an SQL error on PostgreSQL and "no limit" on H2: refused on both.
        new Validation().check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000").throwIfInvalid();
        return forms.deployments(limit);
    }

    /**
     * Upload: the body is the definition, or a FHIR R4 Questionnaire when sent as {@code application/fhir+json}
     * or named {@code *.questionnaire.json}; refused ones answer 400 naming each JSON or FHIR path.
     */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, Fhir.MEDIA_TYPE})
    public Response upload(byte[] body, @QueryParam("publish") @DefaultValue("false") boolean publish,
            @QueryParam("name") @DefaultValue("upload.form.json") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security) {
        boolean fhir = contentType != null && contentType.startsWith(Fhir.MEDIA_TYPE);
        String file = fhir && !name.endsWith(QuestionnaireImport.SUFFIX)
                ? name.replaceFirst("(\\.form)?\\.json$", "") + QuestionnaireImport.SUFFIX : name;
        Deployment d = forms.upload(me(security), file, body, publish);
        return Response.status(Deployment.UNCHANGED.equals(d.outcome()) ? 200 : 201).entity(d).build();
    }

    /** A version as a FHIR R4 Questionnaire ({@code application/json} too, for clients that ask only for it). */
    @GET
    @Path("{id}/{version}/fhir")
    @Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR})
    public String questionnaire(@PathParam("id") String id, @PathParam("version") String version) {
        return forms.questionnaire(id, version);
    }

    @POST
    @Path("{id}/{version}/publish")
    public Deployment publish(@PathParam("id") String id, @PathParam("version") String version,
            @Context SecurityContext security) {
        return forms.publish(me(security), id, version);
    }

    @POST
    @Path("{id}/{version}/retire")
    public Deployment retire(@PathParam("id") String id, @PathParam("version") String version,
            @Context SecurityContext security) {
        return forms.retire(me(security), id, version);
    }

    private static UserPrincipal me(SecurityContext security) {
        return (UserPrincipal) security.getUserPrincipal();
    }

    private static FormVersion version(DeployedForm f) {
        return new FormVersion(f.id(), f.version(), f.kind(), f.status().code(), f.definition().title(),
                f.source().code(), f.file(), f.deployedAt());
    }
}
