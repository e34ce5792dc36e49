package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.index.LibraryIndex.LibrarySearcher;
import no.mentorkit.library.internal.service.index.SearchModel.Hit;

/** Resources like a given one, across languages, among those the caller may read. */
final class SimilarResources {

    private final LibraryIndex index;
    private final Highlights highlights;
    private final Analyzer indexAnalyzer = Analyzers.index();

    SimilarResources(LibraryIndex index, Highlights highlights) {
        this.index = index;
        this.highlights = highlights;
    }

    /** Resources like the given one that the caller may read; empty when the caller may not read it either. */
    List<Hit> similar(long id, AccessLevel clearance, int max) {
        try {
            LibrarySearcher s = index.acquire();
            try {
                Query self = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Documents.ID, Long.toString(id))), Occur.MUST)
                        .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
                TopDocs found = s.search(self, 1);
                if (found.scoreDocs.length == 0) {
                    return List.of();
                }
                // The resource's words, analysed for each language's fields in turn, so a bokmål resource also
                // finds its nynorsk neighbours (their words live in other fields).
                Document source = s.storedFields().document(found.scoreDocs[0].doc);
                String lang = source.get(Documents.LANGUAGE);
                String text = source.get(Documents.field(Documents.TITLE, lang)) + "\n"
                        + source.get(Documents.field(Documents.BODY, lang));
                MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
                mlt.setAnalyzer(indexAnalyzer);
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(30);
                BooleanQuery.Builder likeAny = new BooleanQuery.Builder();
                for (String l : Analyzers.LANGUAGES) {
                    String field = Documents.field(Documents.BODY, l);
                    mlt.setFieldNames(new String[] {field});
                    likeAny.add(mlt.like(field, new StringReader(text)), Occur.SHOULD);
                }
                Query like = likeAny.build();
                Query q = new BooleanQuery.Builder().add(like, Occur.MUST)
                        .add(new TermQuery(new Term(Documents.ID, Long.toString(id))), Occur.MUST_NOT)
                        .add(SearchEngine.accessFilter(clearance), Occur.FILTER).build();
                return highlights.hits(s, s.search(q, max), 0, Map.of());
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
