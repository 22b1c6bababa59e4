package org.gongkai.server.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;

/**
 * How a catalogue entry is laid out in the index. Each text is indexed twice: segmented into words by smartcn
 * (relevance of plain words) and as overlapping character bigrams (phrases that match as written, even where they
 * cut across smartcn's word boundaries).
 */
final class CatalogueFields {

    static final String ID = "id";
    static final String INDEX_NUMBER = "indexNumber";
    static final String AGENCY = "agency";
    static final String KIND = "kind";
    static final String ARTICLE_20_ITEM = "article20Item";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";
    static final String REPEALED = "repealed";
    static final String EXPIRES = "expires";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    static final List<String> TEXTS = List.of(TITLE, BODY, ATTACHMENTS);
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, BODY, 1f, ATTACHMENTS, 0.7f);
    /** Epoch day used for "never" (not repealed, no expiry), so range filters need no special case. */
    static final long NEVER = Long.MAX_VALUE;

    private static final String BIGRAM_SUFFIX = "_bigram";

    private CatalogueFields() {
    }

    static String bigram(String textField) {
        return textField + BIGRAM_SUFFIX;
    }

    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    static Analyzer bigrams() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** Return the analyzer of the whole document: smartcn by default, bigrams for the {@code _bigram} fields. */
    static Analyzer perField() {
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(words(), Map.of(
                bigram(TITLE), bigrams, bigram(BODY), bigrams, bigram(ATTACHMENTS), bigrams));
    }

    static Document toDocument(SearchDocument source) {
        CatalogueEntry entry = source.entry();
        CatalogueContent content = entry.content();
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StoredField(INDEX_NUMBER, entry.indexNumber().toString()));
        doc.add(new StringField(AGENCY, content.agency(), Field.Store.YES));
        doc.add(new StringField(KIND, content.kind().name(), Field.Store.NO));
        doc.add(new IntPoint(ARTICLE_20_ITEM, content.article20Item()));
        doc.add(new IntPoint(YEAR, entry.publishedOn().getYear()));
        long published = entry.publishedOn().toEpochDay();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        long repealed = entry.repealedOn().map(LocalDate::toEpochDay).orElse(NEVER);
        long expires = content.expiresOn().map(LocalDate::toEpochDay).orElse(NEVER);
        doc.add(new LongPoint(REPEALED, repealed));
        doc.add(new StoredField(REPEALED, repealed));
        doc.add(new LongPoint(EXPIRES, expires));
        doc.add(new StoredField(EXPIRES, expires));
        addText(doc, TITLE, content.title());
        addText(doc, BODY, content.body());
        addText(doc, ATTACHMENTS, String.join("\n", source.attachmentTexts()));
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        doc.add(new TextField(field, text, Field.Store.YES));
        doc.add(new TextField(bigram(field), text, Field.Store.NO));
    }
}
