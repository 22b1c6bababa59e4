package org.gongkai.server.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
 * How a catalogue entry is laid out in the index. Each searchable text (title, body, each attachment, 文号, 索引号) is
 * indexed as the pairs of adjacent characters of its normalised form ({@link SubstringAnalyzer}): that is what
 * matches, exactly as a substring would. The title is also segmented into words by smartcn, which only adds to the
 * score (a title with the word as a word ranks above one where the characters merely meet), and the normalised 文号
 * and 索引号 are held whole, so that typing one exactly ranks its item first.
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
    static final String DOCUMENT_NUMBER = "documentNumber";
    /** The normalised 文号 and 索引号, whole. */
    static final String IDENTIFIER = "identifier";
    /** The fields searched for substrings, each holding the character pairs of one text. */
    static final List<String> TEXTS = List.of(TITLE, BODY, ATTACHMENTS, DOCUMENT_NUMBER, INDEX_NUMBER);
    static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, BODY, 1f, ATTACHMENTS, 0.7f, DOCUMENT_NUMBER, 3f,
            INDEX_NUMBER, 1f);
    /** The boost of the smartcn words of the title, on top of their characters' pairs. */
    static final float TITLE_WORD_BOOST = 1f;
    /** The boost of a search text that is a whole 文号 or 索引号: far above what any text match scores. */
    static final float IDENTIFIER_BOOST = 1_000f;
    /** Epoch day used for "never" (not repealed, no expiry), so range filters need no special case. */
    static final long NEVER = Long.MAX_VALUE;

    private static final String PAIRS_SUFFIX = "_pairs";
    private static final String WORDS_SUFFIX = "_words";

    private CatalogueFields() {
    }

    /** Return the field holding the character pairs of {@code textField}. */
    static String pairs(String textField) {
        return textField + PAIRS_SUFFIX;
    }

    /** Return the field holding the smartcn words of {@code textField}. */
    static String words(String textField) {
        return textField + WORDS_SUFFIX;
    }

    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    /** Return the analyzer of the whole document: character pairs by default, smartcn for the title's words. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new SubstringAnalyzer(), Map.of(words(TITLE), words()));
    }

    static Document toDocument(SearchDocument source) {
        CatalogueEntry entry = source.entry();
        CatalogueContent content = entry.content();
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        String indexNumber = entry.indexNumber().toString();
        doc.add(new StoredField(INDEX_NUMBER, indexNumber));
        doc.add(new TextField(pairs(INDEX_NUMBER), indexNumber, Field.Store.NO));
        doc.add(new StringField(IDENTIFIER, SearchText.normalise(indexNumber), Field.Store.NO));
        content.documentNumber().ifPresent(number -> {
            doc.add(new TextField(pairs(DOCUMENT_NUMBER), number, Field.Store.NO));
            doc.add(new StringField(IDENTIFIER, SearchText.normalise(number), Field.Store.NO));
        });
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
        doc.add(new StoredField(TITLE, content.title()));
        doc.add(new TextField(pairs(TITLE), content.title(), Field.Store.NO));
        doc.add(new TextField(words(TITLE), content.title(), Field.Store.NO));
        doc.add(new StoredField(BODY, content.body()));
        doc.add(new TextField(pairs(BODY), content.body(), Field.Store.NO));
        for (String text : source.attachmentTexts()) {
            doc.add(new StoredField(ATTACHMENTS, text));
            doc.add(new TextField(pairs(ATTACHMENTS), text, Field.Store.NO));
        }
        return doc;
    }
}
