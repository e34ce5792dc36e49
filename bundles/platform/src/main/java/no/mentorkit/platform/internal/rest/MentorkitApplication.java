package no.mentorkit.platform.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.security.AccessFilter;
import no.mentorkit.platform.internal.security.Accounts;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.rest.RestApi;

/**
 * The one JAX-RS application at {@code /api}. Its JSON provider, error mappers and access filter are part of the
 * application itself, so no resource a module attaches can ever be served without them; so is the filter that makes
 * each request one transaction with its audit entries.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(RestApi.APPLICATION_NAME)
public class MentorkitApplication extends Application {

    private final Set<Object> singletons;

    @Activate
    public MentorkitApplication(@Reference Accounts accounts, @Reference AuditLog audit) {
        this.singletons = Set.of(
                new JsonProvider(Json.create()),
                new ErrorMappers.ProblemMapper(),
                new ErrorMappers.JsonMapper(),
                new ErrorMappers.WebApplicationMapper(),
                new ErrorMappers.FallbackMapper(),
                new AccessFilter(accounts, audit),
                new RequestTransactionFilter(),
                new ApiHeadersFilter(),
                new InputLengthFilter());
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
