package no.mentorkit.assessment.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.assessment.internal.store.AssessmentStore;
import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.Shown;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserDirectory;
import no.mentorkit.platform.security.UserPrincipal;
import no.mentorkit.platform.security.UserSummary;

/** Who is trained for which instrument: {@code /api/assessment/training}, recorded by admins. */
@Component(service = TrainingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("assessment/training")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class TrainingResource {

    public record TrainingRecord(String username, String key) {
    }

    private final AssessmentStore store;
    private final UserDirectory users;
    private final AuditLog audit;

    @Activate
    public TrainingResource(@Reference AssessmentStore store, @Reference UserDirectory users,
            @Reference AuditLog audit) {
        this.store = store;
        this.users = users;
        this.audit = audit;
    }

    @GET
    public List<TrainingRecord> list(@Context SecurityContext sc) {
        List<TrainingRecord> list = store.allTraining().stream().map(e -> new TrainingRecord(
                users.byId(e.getKey()).map(UserSummary::username).orElse("#" + e.getKey()), e.getValue())).toList();
        audit.record((UserPrincipal) sc.getUserPrincipal(), FormsResource.MODULE, "read", "training", "*",
                Shown.list(list.stream().map(TrainingRecord::username).toList()));
        return list;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingRecord record(TrainingRecord in, @Context SecurityContext sc) {
        Validation v = new Validation().required("username", in.username()).required("key", in.key());
        var user = in.username() == null ? null : users.byUsername(in.username()).orElse(null);
        v.check(in.username() == null || user != null, "username", "no such user");
        v.check(in.key() == null || in.key().matches("[a-z][a-z0-9-]{1,63}"), "key",
                "must be 2 to 64 of a-z, 0-9 and '-'");
        v.throwIfInvalid();
        UserPrincipal me = (UserPrincipal) sc.getUserPrincipal();
        store.recordTraining(user.userId(), in.key(), me.username());
        audit.record(me, FormsResource.MODULE, "training.record", "user", user.username(), in.key());
        return new TrainingRecord(user.username(), in.key());
    }

    /** The caller's own training keys, so the UI can say which forms they may fill in. */
    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
    public List<String> mine(@Context SecurityContext sc) {
        return List.copyOf(store.trainingOf(((UserPrincipal) sc.getUserPrincipal()).userId()));
    }
}
