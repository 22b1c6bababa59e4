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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
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

    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(
            SortField.FIELD_SCORE, new SortField(CatalogueFields.PUBLISHED, SortField.Type.LONG, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CatalogueQueries queries = new CatalogueQueries();

    private PublicationIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(CatalogueFields.perField());
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Open (or create) the index in {@code path}. */
    public static PublicationIndex open(Path path) {
        try {
            Files.createDirectories(path);
            return new PublicationIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** Open an index held in memory (tests, one-off tools). */
    public static PublicationIndex inMemory() {
        try {
            return new PublicationIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Add or replace one entry (after publish, edit, repeal). */
    public void index(SearchDocument document) {
        try {
            writer.updateDocument(new Term(CatalogueFields.ID, document.entry().id()), CatalogueFields.toDocument(document));
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public SearchResults search(SearchQuery query) {
        QueryParts parts = QueryParts.parse(query.text());
        Query lucene = queries.build(query, parts);
        List<String> needles = needles(parts);
        return withSearcher(searcher -> {
            TopFieldDocs top = searcher.search(lucene, query.offset() + query.limit(), RELEVANCE_THEN_NEWEST, true);
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = query.offset(); i < docs.length; i++) {
                hits.add(hit(searcher.storedFields().document(docs[i].doc), docs[i].score, needles, query.today()));
            }
            return new SearchResults(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, hits);
        });
    }

    private List<String> needles(QueryParts parts) {
        List<String> needles = new ArrayList<>(parts.phrases());
        for (String word : parts.words()) {
            needles.add(word);
            needles.addAll(queries.terms(word));
        }
        return needles;
    }

    private static SearchHit hit(Document doc, float score, List<String> needles, LocalDate today) {
        String body = doc.get(CatalogueFields.BODY);
        String snippet = Snippets.around(body, needles);
        if (snippet.isEmpty()) {
            snippet = Snippets.around(doc.get(CatalogueFields.ATTACHMENTS), needles);
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
