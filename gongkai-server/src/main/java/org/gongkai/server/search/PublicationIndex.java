package org.gongkai.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.publication.Validity;

/**
 * The full-text index of the public catalogue. Each write is committed and the searcher refreshed before the call
 * returns, so a publish or a repeal shows in the next search. The index is derived data: {@link #rebuild} makes it
 * again from the database.
 */
public final class PublicationIndex implements AutoCloseable {

    /** Matches counted exactly; beyond this the total is given as "at least". */
    static final int COUNTED_UP_TO = 1_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CatalogueQueries queries = new CatalogueQueries();
    private final TopMatches topMatches;

    private PublicationIndex(Directory directory, TopMatches topMatches) throws IOException {
        this.directory = directory;
        this.topMatches = topMatches;
        IndexWriterConfig config = new IndexWriterConfig(CatalogueFields.perField());
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Open (or create) the index in {@code path}. */
    public static PublicationIndex open(Path path) {
        try {
            Files.createDirectories(path);
            return new PublicationIndex(FSDirectory.open(path), new TopMatches(TopMatches.COMMON_FROM));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** Open an index held in memory (tests, one-off tools). */
    public static PublicationIndex inMemory() {
        return inMemory(TopMatches.COMMON_FROM);
    }

    /** Open an index held in memory that ranks through the scoring query once the rarest required clause reaches {@code commonFrom} documents. */
    static PublicationIndex inMemory(long commonFrom) {
        try {
            return new PublicationIndex(new ByteBuffersDirectory(), new TopMatches(commonFrom));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Add or replace one entry (after publish, edit, repeal). */
    public void index(SearchDocument document) {
        indexAll(Stream.of(document));
    }

    /** Remove one entry (withdrawn from the catalogue altogether). */
    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term(CatalogueFields.ID, id));
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Add or replace each of {@code documents} (an import adds many at once), in one commit; return how many were indexed. */
    public long indexAll(Stream<SearchDocument> documents) {
        try {
            long count = 0;
            for (Iterator<SearchDocument> it = documents.iterator(); it.hasNext(); count++) {
                SearchDocument document = it.next();
                writer.updateDocument(new Term(CatalogueFields.ID, document.entry().id()), CatalogueFields.toDocument(document));
            }
            commitAndRefresh();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replace the whole index with {@code documents}; return how many were indexed. */
    public long rebuild(Stream<SearchDocument> documents) {
        try {
            writer.deleteAll();
            long count = 0;
            for (Iterator<SearchDocument> it = documents.iterator(); it.hasNext(); count++) {
                writer.addDocument(CatalogueFields.toDocument(it.next()));
            }
            commitAndRefresh();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the number of entries in the index. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Return the exact number of entries matching {@code query}'s text and filters, however many (the benchmark's
     * recall check; a search counts only up to {@link #COUNTED_UP_TO}).
     */
    public long count(SearchQuery query) {
        Query matching = queries.compile(query).matching();
        return withSearcher(searcher -> searcher.count(matching));
    }

    /**
     * Return a page of the best matches.
     *
     * @throws IllegalArgumentException with a Chinese sentence, for a search word of a single character
     */
    public SearchResults search(SearchQuery query) {
        CatalogueQueries.Compiled compiled = queries.compile(query);
        return withSearcher(searcher -> {
            TopMatches.Found found = topMatches.find(searcher, compiled.matching(), compiled.scoring(),
                    query.offset() + query.limit(), COUNTED_UP_TO);
            ScoreDoc[] docs = found.best();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = query.offset(); i < docs.length; i++) {
                float score = (Float) ((FieldDoc) docs[i]).fields[0];
                hits.add(hit(searcher.storedFields().document(docs[i].doc), score, compiled.needles(), query.today()));
            }
            return new SearchResults(found.total(), found.totalIsExact(), hits);
        });
    }

    private static SearchHit hit(Document doc, float score, List<String> needles, LocalDate today) {
        String body = doc.get(CatalogueFields.BODY);
        String snippet = Snippets.around(body, needles);
        for (String attachment : doc.getValues(CatalogueFields.ATTACHMENTS)) {
            if (snippet.isEmpty()) {
                snippet = Snippets.around(attachment, needles);
            }
        }
        if (snippet.isEmpty()) {
            snippet = Snippets.around(doc.get(CatalogueFields.TITLE), needles);
        }
        if (snippet.isEmpty()) {
            snippet = Snippets.start(body);
        }
        LocalDate published = LocalDate.ofEpochDay(doc.getField(CatalogueFields.PUBLISHED).numericValue().longValue());
        return new SearchHit(doc.get(CatalogueFields.ID), doc.get(CatalogueFields.INDEX_NUMBER), doc.get(CatalogueFields.TITLE),
                doc.get(CatalogueFields.AGENCY), published, validity(doc, today), snippet, score);
    }

    private static Validity validity(Document doc, LocalDate today) {
        return Validity.of(date(doc, CatalogueFields.REPEALED), date(doc, CatalogueFields.EXPIRES), today);
    }

    private static Optional<LocalDate> date(Document doc, String field) {
        long day = doc.getField(field).numericValue().longValue();
        return day == CatalogueFields.NEVER ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private <T> T withSearcher(SearcherFunction<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
