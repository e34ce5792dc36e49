package no.mentorkit.library.internal.service.index;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.SearchModel.Request;
import no.mentorkit.library.internal.service.index.SearchModel.Result;
import no.mentorkit.library.internal.service.index.SearchModel.Sort;
import no.mentorkit.library.internal.service.index.SearchModel.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;

/** Words that find nothing still get an answer: the topics, terms and titles the library has near them. */
class NearbyTest {

    private LibraryIndex index;
    private SearchEngine search;

    @BeforeEach
    void open() throws Exception {
        index = TestCorpus.index();
        search = new SearchEngine(index);
        search.setSynonyms(List.of("samtaleteknikk, samtalemetodikk, conversation technique"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private Result find(String q, AccessLevel clearance) {
        return search.search(new Request(q, Map.of(), Sort.RELEVANCE, 0, 10, clearance));
    }

    @Test
    void nothingFoundShowsNearbyTitlesTopicsAndTerms() {
        Result r = find("samtaletrening", AccessLevel.ALL);
        assertThat(r.total()).isZero();
        assertThat(r.nearby()).isNotNull();
        assertThat(r.nearby().titles()).extracting(Suggestion::id).contains("3");
        assertThat(r.nearby().topics()).isNotEmpty();
        assertThat(r.nearby().terms()).as("the group sharing the compound's first part")
                .contains("samtaleteknikk", "conversation technique");
    }

    @Test
    void nearbyNeverNamesWhatTheCallerMayNotRead() {
        Result r = find("taushetsreglene", AccessLevel.ALL);
        assertThat(r.total()).isZero();
        assertThat(r.nearby().titles()).as("the resource on taushetsplikt is for coordinators").isEmpty();
        assertThat(find("taushetsreglene", AccessLevel.COORDINATOR).nearby().titles()).extracting(Suggestion::id)
                .contains("5");
    }

    @Test
    void aSearchThatFindsSomethingHasNoNearby() {
        assertThat(find("fremmedkrigere", AccessLevel.ALL).nearby()).isNull();
    }
}
