package no.mentorkit.platform.internal.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.audit.AuditQuery;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/** The audit log for admins: {@code GET /api/audit} with filters, and {@code GET /api/audit/verify}. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AuditResource {

    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    @GET
    public AuditLog.AuditPage find(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("module") String module, @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset,
            @Context SecurityContext security) {
        Validation v = new Validation();
        Instant fromAt = instant(v, "from", from);
        Instant toAt = instant(v, "to", to);
        v.check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000");
        v.check(offset >= 0, "offset", "must not be negative");
        v.throwIfInvalid();
        // Reading the log shows who looked at whom, so reading it is itself recorded.
        audit.record((UserPrincipal) security.getUserPrincipal(), "platform", "read", "audit", null,
                filterText(actor, action, module, recordType, recordId));
        return audit.find(new AuditQuery(actor, action, module, recordType, recordId, fromAt, toAt, limit, offset));
    }

    @GET
    @Path("verify")
    public AuditLog.ChainVerification verify(@Context SecurityContext security) {
        AuditLog.ChainVerification result = anchored(audit.verify());
        audit.record((UserPrincipal) security.getUserPrincipal(), "platform", "audit.verify", "audit", null,
                result.valid() ? "valid" : "broken at " + result.brokenAt());
        return result;
    }

    /** The chain must also still hold what the last signed checkpoint saw: a cut or rewrite leaves it valid alone. */
    private AuditLog.ChainVerification anchored(AuditLog.ChainVerification chain) {
        if (!chain.valid()) {
            return chain;
        }
        return checkpoints.check().map(problem -> new AuditLog.ChainVerification(false, chain.checked(),
                checkpoints.lastPosition().orElse(null), problem, chain.pending(), chain.verifiedFrom(),
                chain.prunedBefore()))
                .orElseGet(() -> new AuditLog.ChainVerification(true, chain.checked(), null, chain.detail()
                        + checkpoints.lastPosition().map(p -> "; the last signed checkpoint (position " + p
                                + ") holds").orElse(""), chain.pending(), chain.verifiedFrom(), chain.prunedBefore()));
    }

    private static Instant instant(Validation v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            v.check(false, field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
            return null;
        }
    }

    private static String filterText(String... values) {
        StringBuilder sb = new StringBuilder();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                sb.append(sb.length() == 0 ? "filter " : ", ").append(value);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
