package no.mentorkit.library.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import no.mentorkit.library.internal.model.AccessLevel;
import no.mentorkit.library.internal.model.Resource;
import no.mentorkit.library.internal.service.importer.MarkdownText;
import no.mentorkit.library.internal.service.index.Analyzers;
import no.mentorkit.library.internal.service.index.Documents;
import no.mentorkit.library.internal.service.index.LibraryIndex;

/**
 * Documents per second into an in-memory directory: the module's indexing code ({@link LibraryIndex#add}, which
 * builds the document from a resource: Markdown to text, language fields, facets) against a bare
 * {@link IndexWriter} given the same fields and the same analyzer by hand-written plain Lucene code, with the text
 * already plain. Both commit once at the end. The ratio module/bare is the bar (≥ 0.8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@OperationsPerInvocation(IndexingBenchmark.DOCS)
public class IndexingBenchmark {

    static final int DOCS = 100_000;

    /** The bare writer indexes bodies with offsets too: same index, same work for the highlighter later. */
    private static final FieldType BODY_TYPE = bodyType();

    private static FieldType bodyType() {
        var t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Param("42")
    long seed;

    private List<Resource> corpus;
    private List<String> plainBodies;

    @Setup(Level.Trial)
    public void generate() {
        corpus = GeneratedCorpus.generate(DOCS, seed);
        plainBodies = corpus.stream().map(r -> MarkdownText.plain(r.body())).toList();
    }

    @Benchmark
    public int module() throws IOException {
        try (LibraryIndex index = LibraryIndex.open(new ByteBuffersDirectory())) {
            for (Resource r : corpus) {
                index.add(r);
            }
            index.commit(1);
            return DOCS;
        }
    }

    @Benchmark
    public int bareLucene() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.index()).setRAMBufferSizeMB(64);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < corpus.size(); i++) {
                Resource r = corpus.get(i);
                String lang = r.language();
                String body = plainBodies.get(i);
                Document d = new Document();
                d.add(new StringField("id", Long.toString(r.id()), Field.Store.YES));
                d.add(new StringField("access", r.access().code(), Field.Store.YES));
                for (AccessLevel clearance : AccessLevel.values()) { // the clearances that may read it, as the module
                    if (clearance.allows(r.access())) {
                        d.add(new StringField("readable_by", clearance.code(), Field.Store.NO));
                    }
                }
                d.add(new TextField("title_" + lang, r.title(), Field.Store.YES));
                d.add(new TextField("summary_" + lang, r.summary(), Field.Store.YES));
                d.add(new Field("body_" + lang, body, BODY_TYPE));
                d.add(new TextField("title_suggest", r.title(), Field.Store.NO));
                d.add(new TextField("plain", r.title() + "\n" + r.summary() + "\n" + body, Field.Store.NO));
                d.add(new StoredField("language", lang));
                d.add(new SortedSetDocValuesFacetField("language", lang));
                for (String t : r.topics()) {
                    d.add(new StoredField("topic", t));
                    d.add(new SortedSetDocValuesFacetField("topic", t));
                }
                for (String a : r.audience()) {
                    d.add(new StoredField("audience", a));
                    d.add(new SortedSetDocValuesFacetField("audience", a));
                }
                d.add(new StoredField("evidence", r.evidence()));
                d.add(new SortedSetDocValuesFacetField("evidence", r.evidence()));
                d.add(new StoredField("year", r.year()));
                d.add(new SortedSetDocValuesFacetField("year", Integer.toString(r.year())));
                d.add(new NumericDocValuesField("sort_year", r.year()));
                d.add(new SortedDocValuesField("sort_title", new BytesRef(r.title().toLowerCase())));
                w.addDocument(Documents.FACETS.build(d));
            }
            w.commit();
            return DOCS;
        }
    }
}
