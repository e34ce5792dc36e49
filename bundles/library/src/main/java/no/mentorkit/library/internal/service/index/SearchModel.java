package no.mentorkit.library.internal.service.index;

import java.util.List;
import java.util.Map;

import no.mentorkit.library.internal.model.AccessLevel;

/** Requests to and answers from {@link SearchEngine}; the REST layer serialises the answers as they are. */
public final class SearchModel {

    private SearchModel() {
    }

    public enum Sort { RELEVANCE, YEAR, TITLE }

    /** A search: text (may be blank: everything), facet choices per dimension, sort, page from 0. */
    public record Request(String q, Map<String, List<String>> filters, Sort sort, int page, int size,
            AccessLevel clearance) {

        public Request {
            filters = filters == null ? Map.of() : Map.copyOf(filters);
            sort = sort == null ? Sort.RELEVANCE : sort;
        }
    }

    /** A piece of a snippet; {@code hit} marks words that matched the query. */
    public record Part(String text, boolean hit) {
    }

    public record Hit(String id, String title, String snippet, List<Part> snippetParts, String summary,
            String language, Integer year, List<String> topics, List<String> audience, String evidence,
            String access, float score) {
    }

    public record FacetValue(String value, long count) {
    }

    /**
     * An answer. {@code fuzzy} says the hits come from the typo-tolerant fallback; {@code didYouMean} proposes a
     * spelling found in the library, if any; {@code nearby} helps when nothing is found.
     */
    public record Result(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean fuzzy,
            String didYouMean, int page, int size, Nearby nearby) {
    }

    /**
     * What the library has near words that find nothing: the topics and titles of the resources closest in spelling
     * or sharing a compound's part, and the terms of synonym groups that share one; null when the words find something.
     */
    public record Nearby(List<String> topics, List<String> terms, List<Suggestion> titles) {
    }

    public record Suggestion(String id, String title) {
    }

    /** A query's total and facet counts on one searcher, and the readable documents its words find unfiltered. */
    public record Counts(long total, long wordsFound, Map<String, List<FacetValue>> facets) {
    }
}
