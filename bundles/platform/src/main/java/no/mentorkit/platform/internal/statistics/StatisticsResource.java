package no.mentorkit.platform.internal.statistics;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.security.Role;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * {@code GET /api/statistics}: every installed module's counts by code, small cells suppressed, as JSON or, with
 * {@code ?format=csv}, as a CSV download. Coordinators and admins.
 */
@Component(service = StatisticsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("statistics")
@RolesAllowed({Role.COORDINATOR, Role.ADMIN})
public class StatisticsResource {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneOffset.UTC);

    private final StatisticsService statistics;

    @Activate
    public StatisticsResource(@Reference StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE})
    public Response read(@QueryParam("format") String format, @Context SecurityContext sc) {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new ApiProblem(400, "Bad Request", "The query parameter format must be json or csv, not '"
                    + format + "'.");
        }
        StatisticsService.Report report = statistics.report((UserPrincipal) sc.getUserPrincipal());
        if (!"csv".equals(format)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(StatisticsCsv.write(report), StatisticsCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"mentorkit-statistics-"
                        + FILE_DATE.format(report.at()) + ".csv\"")
                .build();
    }
}
