package no.mentorkit.library.internal.service.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.service.index.SearchModel.FacetValue;
import no.mentorkit.library.internal.service.index.SearchModel.Hit;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** Search quality on the fictional test documents: stemming across written standards, typos, synonyms, facets. */
class RelevanceTest {

    private LibraryIndex index;
    private SearchEngine search;

    @BeforeEach
    void open() throws Exception {
        index = TestCorpus.index();
        search = new SearchEngine(index);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private Result find(String q, AccessLevel clearance) {
        return search.search(new Request(q, Map.of(), Sort.RELEVANCE, 0, 10, clearance));
    }

    private static List<String> ids(Result r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void theFlatTextQueryScoresEveryDocumentAsTheFieldByFieldOne() throws Exception {
        search.setSynonyms(List.of("fremmedkriger, framandkrigar, foreign fighter"));
        LibraryIndex.LibrarySearcher s = index.acquire();
        try {
            for (String q : List.of("fremmedkrigere samtale", "radikaliseringa tillit", "returning child", "mentor")) {
                Query flat = search.textQuery(q);
                Query byField = search.textQueryByField(q);
                if (q.contains(" ")) { // each word is a clause of its own
                    assertThat(((BooleanQuery) flat).clauses()).as(q)
                            .hasSizeGreaterThan(((BooleanQuery) byField).clauses().size());
                }
                ScoreDoc[] a = s.search(flat, 100).scoreDocs;
                ScoreDoc[] b = s.search(byField, 100).scoreDocs;
                assertThat(a.length).as(q).isEqualTo(b.length).isPositive();
                for (int i = 0; i < a.length; i++) {
                    assertThat(a[i].doc).as(q).isEqualTo(b[i].doc);
                    assertThat(a[i].score).as(q).isCloseTo(b[i].score, Offset.offset(1e-4f));
                }
            }
        } finally {
            index.release(s);
        }
    }

    @Test
    void pluralFindsTheSingular() {
        Result r = find("fremmedkrigere", AccessLevel.ALL);
        assertThat(r.fuzzy()).isFalse();
        assertThat(ids(r)).first().isEqualTo("1");
    }

    @Test
    void nynorskDefiniteFormFindsTheBokmaalResource() {
        Result r = find("radikaliseringa", AccessLevel.TRAINED);
        assertThat(r.fuzzy()).isFalse();
        assertThat(ids(r)).containsExactly("2");
    }

    @Test
    void bokmaalFormFindsTheNynorskResource() {
        Result r = find("samtalen tilliten", AccessLevel.ALL);
        assertThat(ids(r)).contains("3");
    }

    @Test
    void aaSpellingMatchesTheLetterAring() {
        // "naermiljoeet" written without æ/ø still finds "nærmiljøet"
        assertThat(ids(find("naermiljoeet", AccessLevel.TRAINED))).contains("2");
        assertThat(ids(find("narmiljo", AccessLevel.TRAINED))).contains("2");
    }

    @Test
    void englishIsStemmedInItsOwnField() {
        assertThat(ids(find("returning child", AccessLevel.COORDINATOR))).contains("4");
    }

    @Test
    void misspeltQueryFallsBackToFuzzyAndProposesASpelling() {
        Result r = find("radikalisring", AccessLevel.TRAINED);
        assertThat(r.fuzzy()).isTrue();
        assertThat(ids(r)).contains("2");
        assertThat(r.didYouMean()).isEqualTo("radikalisering");
    }

    /**
     * Words found in one topic, and a near spelling in another: choosing the other topic leaves no hits, which is the
     * choice's doing, not a typo. The typo-tolerant query used to answer with the near spelling's resource instead.
     */
    @Test
    void aFacetChoiceThatLeavesNothingIsNotTreatedAsATypo() throws Exception {
        try (LibraryIndex own = LibraryIndex.open(new ByteBuffersDirectory())) {
            own.upsert(fictional(1, "Tillitsbygging i familien", "family"));
            own.upsert(fictional(2, "Tillitsbyging etter traume", "trauma"));
            own.commit(1);
            own.refresh();
            SearchEngine service = new SearchEngine(own);
            Result r = service.search(new Request("tillitsbygging", Map.of("topic", List.of("trauma")), Sort.RELEVANCE,
                    0, 10, AccessLevel.ALL));
            assertThat(r.total()).isZero();
            assertThat(r.fuzzy()).isFalse();
            assertThat(r.didYouMean()).isNull();
            assertThat(r.facets().get("topic")).as("where the words are").contains(new FacetValue("family", 1));

            Result typo = service.search(new Request("tillitsbyggin", Map.of("topic", List.of("family")), Sort.RELEVANCE,
                    0, 10, AccessLevel.ALL));
            assertThat(typo.fuzzy()).as("a word found nowhere is still a typo").isTrue();
            assertThat(ids(typo)).containsExactly("1");
        }
    }

    private static Resource fictional(long id, String title, String topic) {
        return new Resource(id, "test-" + id, title + " (fiktiv)", "Testressurs.", title + ".", "nb", List.of(topic),
                List.of("mentor"), "Mentorkit test", "Testforfatter", 2024, "practice", AccessLevel.ALL, 1, Instant.EPOCH,
                Instant.EPOCH).withIdentity(id, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void synonymsTakeEffectWithoutReindexing() {
        // "framandkrigar" now finds the resource on its own, through the nynorsk name of its topic (returnees)
        assertThat(find("jihadreisende", AccessLevel.ALL).total()).isZero();
        search.setSynonyms(List.of("fremmedkriger, framandkrigar, foreign fighter, jihadreisende"));
        assertThat(ids(find("jihadreisende", AccessLevel.ALL))).first().isEqualTo("1");
        assertThat(ids(find("framandkrigar", AccessLevel.ALL))).first().isEqualTo("1");
        assertThat(ids(find("foreign fighters", AccessLevel.ALL))).first().isEqualTo("1");
        assertThat(ids(find("fremmedkrigere", AccessLevel.COORDINATOR))).as("the group reaches English").contains("1", "4");
        search.setSynonyms(List.of());
        assertThat(find("jihadreisende", AccessLevel.ALL).total()).isZero();
        assertThat(find("framandkrigar", AccessLevel.ALL).fuzzy()).isFalse();
    }

    @Test
    void accessLevelFiltersInsideTheQuery() {
        assertThat(ids(search.search(new Request("", Map.of(), Sort.TITLE, 0, 10, AccessLevel.ALL))))
                .containsExactlyInAnyOrder("1", "3");
        assertThat(ids(search.search(new Request("", Map.of(), Sort.TITLE, 0, 10, AccessLevel.TRAINED))))
                .containsExactlyInAnyOrder("1", "2", "3");
        assertThat(search.search(new Request("", Map.of(), Sort.TITLE, 0, 10, AccessLevel.COORDINATOR)).total())
                .isEqualTo(5);
        assertThat(find("taushetsplikt", AccessLevel.TRAINED).total()).isZero();
        assertThat(find("taushetsplikt", AccessLevel.TRAINED).didYouMean()).isNull();
        assertThat(search.suggest("taus", AccessLevel.TRAINED, 5)).isEmpty();
        assertThat(search.suggest("taus", AccessLevel.COORDINATOR, 5)).hasSize(1);
        assertThat(search.similar(5, AccessLevel.TRAINED, 5)).isEmpty();
    }

    @Test
    void totalsHitsAndFacetCountsLeaveOutWhatTheCallerMayNotRead() {
        for (AccessLevel clearance : AccessLevel.values()) {
            for (Sort sort : Sort.values()) {
                for (String q : List.of("", "fremmedkriger taushetsplikt samtale")) {
                    Result r = search.search(new Request(q, Map.of(), sort, 0, 10, clearance));
                    String what = clearance + " " + sort + " '" + q + "'";
                    assertThat(r.facets().get("language").stream().mapToLong(FacetValue::count).sum()).as(what)
                            .isEqualTo(r.total()).isEqualTo(r.hits().size());
                    assertThat(r.hits()).as(what).allSatisfy(h -> assertThat(clearance.allows(
                            AccessLevel.fromCode(h.access()).orElseThrow())).isTrue());
                }
            }
        }
        assertThat(search.search(new Request("", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.ALL)).total()).isEqualTo(2);
        assertThat(search.search(new Request("", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.TRAINED)).total())
                .isEqualTo(3);
    }

    @Test
    void facetCountsMatchHitsAndStaySidewaysForTheChosenDimension() {
        Result all = search.search(new Request("", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.COORDINATOR));
        assertThat(count(all, "language", "nb")).isEqualTo(3);
        assertThat(all.facets().get("language").stream().mapToLong(FacetValue::count).sum()).isEqualTo(all.total());
        assertThat(count(all, "topic", "returnees")).isEqualTo(2);

        Result nb = search.search(new Request("", Map.of("language", List.of("nb")), Sort.RELEVANCE, 0, 10,
                AccessLevel.COORDINATOR));
        assertThat(nb.total()).isEqualTo(3);
        assertThat(count(nb, "language", "en")).as("sideways: other languages still counted").isEqualTo(1);
        assertThat(count(nb, "topic", "returnees")).as("other dimensions follow the choice").isEqualTo(1);

        Result two = search.search(new Request("", Map.of("language", List.of("nb", "en")), Sort.RELEVANCE, 0, 10,
                AccessLevel.COORDINATOR));
        assertThat(two.total()).isEqualTo(4);

        Result mentor = search.search(new Request("", Map.of(), Sort.RELEVANCE, 0, 10, AccessLevel.TRAINED));
        assertThat(count(mentor, "language", "en")).as("facets never count unreadable resources").isZero();
    }

    @Test
    void repeatedSearchesAnswerAlikeFromCachedCountsAndAChangeIsCountedAtOnce() throws Exception {
        Request nb = new Request("", Map.of("language", List.of("nb")), Sort.YEAR, 0, 10, AccessLevel.COORDINATOR);
        Result first = search.search(nb);
        Result again = search.search(nb);
        assertThat(again).as("the whole answer from the searcher's cache").isEqualTo(first);
        Result second = search.search(new Request("", Map.of("language", List.of("nb")), Sort.YEAR, 1, 1,
                AccessLevel.COORDINATOR));
        assertThat(second.facets()).as("another page: counts from the cache").isEqualTo(first.facets());
        assertThat(ids(second)).as("and its hits searched anew").isEqualTo(ids(first).subList(1, 2));
        assertThat(find("fremmedkrigere", AccessLevel.ALL)).isEqualTo(find("fremmedkrigere", AccessLevel.ALL));

        String md = "---\ntitle: Fremmedkriger og familie (fiktiv)\nlanguage: nb\ntopics: [family]\naccess: all\n---\n"
                + "Om fremmedkrigere og familien.";
        index.upsert(no.mentorkit.library.internal.service.importer.Extractor.extract("98-ny.md",
                md.getBytes(StandardCharsets.UTF_8),
                no.mentorkit.library.internal.service.importer.Extractor.Defaults.basic()).toResource()
                .withIdentity(98, 1, Instant.now(), Instant.now()));
        index.commit(2);
        index.refresh();
        Result after = search.search(nb);
        assertThat(after.total()).as("a change opens a searcher with fresh counts").isEqualTo(first.total() + 1);
        assertThat(count(after, "topic", "family")).isEqualTo(count(first, "topic", "family") + 1);

        long before = find("framandkrigar", AccessLevel.ALL).total();
        search.setSynonyms(List.of("fremmedkriger, framandkrigar"));
        assertThat(find("framandkrigar", AccessLevel.ALL).total()).as("new synonyms are a new query, counted anew")
                .isGreaterThan(before);
    }

    @Test
    void snippetsMarkTheMatchesAsParts() {
        Hit hit = find("fremmedkrigere", AccessLevel.ALL).hits().get(0);
        assertThat(hit.snippetParts()).anySatisfy(p -> {
            assertThat(p.hit()).isTrue();
            assertThat(p.text()).isEqualToIgnoringCase("fremmedkriger");
        });
        assertThat(hit.snippet()).contains("fremmedkriger");
    }

    @Test
    void aBodyWithoutSentenceMarksStillGivesShortSnippets() throws Exception {
        // Text extracted from PDFs and lists often has no full stops: the whole body must not become one snippet.
        String body = "ungdom familie tillit skole ".repeat(300) + "ettervernsplan " + "samtale relasjon ".repeat(300);
        String md = "---\ntitle: Uten punktum (fiktiv)\nlanguage: nb\naccess: all\n---\n" + body;
        index.upsert(no.mentorkit.library.internal.service.importer.Extractor.extract("99-lang.md",
                md.getBytes(StandardCharsets.UTF_8),
                no.mentorkit.library.internal.service.importer.Extractor.Defaults.basic()).toResource()
                .withIdentity(99, 1, Instant.now(), Instant.now()));
        index.commit(2);
        index.refresh();
        Hit hit = find("ettervernsplan", AccessLevel.ALL).hits().get(0);
        assertThat(hit.snippet()).contains("ettervernsplan");
        assertThat(hit.snippet().length()).as("a passage, not the body").isLessThan(400);
    }

    @Test
    void pagingAndSorting() {
        Result p0 = search.search(new Request("", Map.of(), Sort.YEAR, 0, 2, AccessLevel.COORDINATOR));
        Result p1 = search.search(new Request("", Map.of(), Sort.YEAR, 1, 2, AccessLevel.COORDINATOR));
        assertThat(p0.hits()).hasSize(2);
        assertThat(p0.hits().get(0).year()).isEqualTo(2024);
        assertThat(p1.hits().get(1).year()).isEqualTo(2022);
        Result byTitle = search.search(new Request("", Map.of(), Sort.TITLE, 0, 10, AccessLevel.COORDINATOR));
        assertThat(byTitle.hits().get(0).title()).startsWith("Children");
    }

    @Test
    void suggestionsAndSimilar() {
        assertThat(search.suggest("fremm", AccessLevel.ALL, 5)).extracting(SearchModel.Suggestion::id).containsExactly("1");
        assertThat(search.suggest("radikalisering i n", AccessLevel.TRAINED, 5)).hasSize(1);
        assertThat(search.similar(1, AccessLevel.COORDINATOR, 3)).extracting(Hit::id).as("shares mentor and tillit").contains("3").doesNotContain("1");
    }

    private static long count(Result r, String dim, String value) {
        return r.facets().get(dim).stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count)
                .findFirst().orElse(0);
    }
}
