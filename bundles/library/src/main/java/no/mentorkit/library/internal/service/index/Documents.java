package no.mentorkit.library.internal.service.index;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.service.importer.MarkdownText;
import no.mentorkit.library.internal.model.Resource;

/** How a resource becomes a Lucene document: field names and facet dimensions live here only. */
public final class Documents {

    public static final String ID = "id";
    public static final String ACCESS = "access";
    /** Every clearance that may read the resource ({@code trained} and {@code coordinator} for a trained one). */
    public static final String READABLE_BY = "readable_by";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String LANGUAGE = "language";
    public static final String TOPIC = "topic";
    public static final String AUDIENCE = "audience";
    public static final String EVIDENCE = "evidence";
    public static final String YEAR = "year";
    public static final String SORT_TITLE = "sort_title";
    public static final String SORT_YEAR = "sort_year";

    /** The facet dimensions, in the order the API lists them. */
    public static final String[] DIMENSIONS = {TOPIC, LANGUAGE, AUDIENCE, EVIDENCE, YEAR};

    public static final FacetsConfig FACETS = facetsConfig();

    /**
     * Stored text with offsets in the postings: the highlighter reads match positions from the index instead of
     * analysing every hit's text again, which is most of a search's cost when hits are long.
     */
    public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private Documents() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(TOPIC, true);
        c.setMultiValued(AUDIENCE, true);
        return c;
    }

    /** Language-specific text field, e.g. {@code body_nn}. */
    public static String field(String base, String language) {
        return base + "_" + language;
    }

    public static Document of(Resource r) throws IOException {
        Document d = new Document();
        String lang = r.language();
        d.add(new StringField(ID, Long.toString(r.id()), Field.Store.YES));
        d.add(new StringField(ACCESS, r.access().code(), Field.Store.YES));
        for (AccessLevel clearance : AccessLevel.values()) {
            if (clearance.allows(r.access())) {
                d.add(new StringField(READABLE_BY, clearance.code(), Field.Store.NO));
            }
        }
        d.add(new TextField(field(TITLE, lang), r.title(), Field.Store.YES));
        String summary = r.summary() == null ? "" : r.summary();
        d.add(new TextField(field(SUMMARY, lang), summary, Field.Store.YES));
        String body = MarkdownText.plain(r.body());
        d.add(new Field(field(BODY, lang), body, TEXT_WITH_OFFSETS));
        // The names of its topics in every language are searched as part of the summary, with no clause of their own.
        d.add(new TextField(field(SUMMARY, lang), TopicWords.of(r.topics()), Field.Store.NO));
        d.add(new TextField(Analyzers.TITLE_SUGGEST, r.title(), Field.Store.NO));
        d.add(new TextField(Analyzers.PLAIN, r.title() + "\n" + summary + "\n" + body, Field.Store.NO));
        d.add(new StoredField(LANGUAGE, lang));
        d.add(new SortedSetDocValuesFacetField(LANGUAGE, lang));
        for (String t : r.topics()) {
            d.add(new StoredField(TOPIC, t));
            d.add(new SortedSetDocValuesFacetField(TOPIC, t));
        }
        for (String a : r.audience()) {
            d.add(new StoredField(AUDIENCE, a));
            d.add(new SortedSetDocValuesFacetField(AUDIENCE, a));
        }
        d.add(new StoredField(EVIDENCE, r.evidence()));
        d.add(new SortedSetDocValuesFacetField(EVIDENCE, r.evidence()));
        if (r.year() != null) {
            d.add(new StoredField(YEAR, r.year()));
            d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(r.year())));
        }
        d.add(new NumericDocValuesField(SORT_YEAR, r.year() == null ? 0 : r.year()));
        d.add(new SortedDocValuesField(SORT_TITLE, new BytesRef(sortKey(r.title()))));
        return FACETS.build(d);
    }

    static String sortKey(String title) {
        String t = title.toLowerCase(Locale.ROOT).strip();
        return t.length() > 100 ? t.substring(0, 100) : t;
    }
}
