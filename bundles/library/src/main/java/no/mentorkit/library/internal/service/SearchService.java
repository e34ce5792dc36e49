package no.mentorkit.library.internal.service;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.mentorkit.library.internal.osgi.LibraryRuntime;
import no.mentorkit.library.internal.service.index.SearchModel;
import no.mentorkit.platform.rest.ApiProblem;
import no.mentorkit.platform.security.UserPrincipal;

/**
 * Search, suggestions and similar resources for every signed-in user, each filtered by the caller's clearance
 * inside the index query. Queries are not audited and never stored with the caller (only zero-result counts,
 * without identity).
 */
@Component(service = SearchService.class)
public class SearchService {

    private final LibraryRuntime runtime;

    @Activate
    public SearchService(@Reference LibraryRuntime runtime) {
        this.runtime = runtime;
    }

    /** One page of the resources the caller may read that match the words and every facet choice. */
    public SearchModel.Result search(UserPrincipal me, String q, Map<String, List<String>> filters,
            SearchModel.Sort sort, int page, int size) {
        return searchable().search(new SearchModel.Request(q, filters, sort, page, size,
                DocumentService.clearance(me)));
    }

    /** Counts per facet value over everything the caller may read. */
    public Map<String, List<SearchModel.FacetValue>> facets(UserPrincipal me) {
        return searchable().search(new SearchModel.Request("", Map.of(), SearchModel.Sort.RELEVANCE, 0, 1,
                DocumentService.clearance(me))).facets();
    }

    public List<SearchModel.Suggestion> suggest(UserPrincipal me, String prefix) {
        return searchable().suggest(prefix, DocumentService.clearance(me), 8);
    }

    /** Resources like the given one that the caller may read; empty when the caller may not read it either. */
    public List<SearchModel.Hit> similar(UserPrincipal me, long id) {
        return searchable().similar(id, DocumentService.clearance(me), 5);
    }

    /**
     * The library, if its index can answer in full: while it is rebuilt from the database (first start, a lost or
     * outdated index, a reindex, a repair) a search would miss resources and look final, so it is refused with 503.
     */
    private Library searchable() {
        Library library = runtime.library();
        if (library.rebuilding()) {
            throw ApiProblem.unavailable("The library's index is being rebuilt from the database; searches would "
                    + "miss resources until it is done. Try again in a few seconds.", 5);
        }
        return library;
    }
}
