package no.mentorkit.library.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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

import no.mentorkit.library.internal.model.Codes;
import no.mentorkit.library.internal.service.SearchService;
import no.mentorkit.library.internal.service.index.Documents;
import no.mentorkit.library.internal.service.index.SearchModel;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.rest.RestApi;
import no.mentorkit.platform.rest.RolesAllowed;
import no.mentorkit.platform.rest.Validation;
import no.mentorkit.platform.security.Role;

/**
 * {@code /api/library/search}, {@code suggest}, {@code facets} and {@code documents/{id}/similar} for every
 * signed-in user: checks the parameters against the library's vocabulary and hands them to {@link SearchService}.
 */
@Component(service = SearchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.SUPERVISOR})
public class SearchResource {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final SearchService searches;

    @Activate
    public SearchResource(@Reference SearchService searches) {
        this.searches = searches;
    }

    @GET
    @Path("search")
    public SearchModel.Result search(@QueryParam("q") String q, @QueryParam("topic") List<String> topic,
            @QueryParam("language") List<String> language, @QueryParam("audience") List<String> audience,
            @QueryParam("evidence") List<String> evidence, @QueryParam("year") List<String> year,
            @QueryParam("sort") @DefaultValue("relevance") String sort, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("10") int size, @Context SecurityContext security) {
        Validation v = new Validation().maxLength("q", q, 500);
        v.check(page >= 0 && page < 100, "page", "must be between 0 and 99");
        v.check(size >= 1 && size <= 100, "size", "must be between 1 and 100");
        known(v, "topic", topic, Codes.TOPICS);
        known(v, "language", language, Codes.LANGUAGES);
        known(v, "audience", audience, Codes.AUDIENCES);
        known(v, "evidence", evidence, Codes.EVIDENCE);
        for (String y : present(year)) {
            v.check(YEAR.matcher(y).matches(), "year", "must be a year such as 2024");
        }
        SearchModel.Sort s = null;
        try {
            s = SearchModel.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.check(false, "sort", "must be relevance, year or title");
        }
        v.throwIfInvalid();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, Documents.TOPIC, topic);
        put(filters, Documents.LANGUAGE, language);
        put(filters, Documents.AUDIENCE, audience);
        put(filters, Documents.EVIDENCE, evidence);
        put(filters, Documents.YEAR, year);
        return searches.search(Callers.me(security), q, filters, s, page, size);
    }

    /** Counts per facet value over everything the caller may read. */
    @GET
    @Path("facets")
    public Map<String, List<SearchModel.FacetValue>> facets(@Context SecurityContext security) {
        return searches.facets(Callers.me(security));
    }

    @GET
    @Path("suggest")
    public List<SearchModel.Suggestion> suggest(@QueryParam("q") String q, @Context SecurityContext security) {
        if (q != null && q.length() > 200) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("q", "must be at most 200 characters")));
        }
        return searches.suggest(Callers.me(security), q);
    }

    @GET
    @Path("documents/{id}/similar")
    public List<SearchModel.Hit> similar(@PathParam("id") long id, @Context SecurityContext security) {
        return searches.similar(Callers.me(security), id);
    }

    private static void put(Map<String, List<String>> filters, String dim, List<String> values) {
        List<String> chosen = present(values);
        if (!chosen.isEmpty()) {
            filters.put(dim, chosen);
        }
    }

    /**
     * A facet value outside the vocabulary is a mistake in a link or a client: an empty answer would read as "the
     * library has nothing on it", so it is refused with the values that exist.
     */
    private static void known(Validation v, String field, List<String> values, List<String> vocabulary) {
        for (String value : present(values)) {
            v.oneOf(field, value, vocabulary, false);
        }
    }

    /** The values given, without blank ones (an empty select in a form sends one). */
    private static List<String> present(List<String> values) {
        return values == null ? List.of() : values.stream().filter(x -> x != null && !x.isBlank()).toList();
    }
}
