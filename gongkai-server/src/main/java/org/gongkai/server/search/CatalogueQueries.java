package org.gongkai.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.gongkai.publication.Validity;

/** Turns a {@link SearchQuery} into Lucene queries: every word and every phrase must match in some text field. */
final class CatalogueQueries {

    private final Analyzer words = CatalogueFields.words();
    private final QueryBuilder bigrams = new QueryBuilder(CatalogueFields.bigrams());

    Query build(SearchQuery query, QueryParts parts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(match(parts), parts.isEmpty() ? Occur.FILTER : Occur.MUST);
        query.agency().ifPresent(a -> all.add(new TermQuery(new Term(CatalogueFields.AGENCY, a)), Occur.FILTER));
        query.kind().ifPresent(k -> all.add(new TermQuery(new Term(CatalogueFields.KIND, k.name())), Occur.FILTER));
        query.article20Item().ifPresent(i -> all.add(IntPoint.newExactQuery(CatalogueFields.ARTICLE_20_ITEM, i), Occur.FILTER));
        query.year().ifPresent(y -> all.add(IntPoint.newExactQuery(CatalogueFields.YEAR, y), Occur.FILTER));
        addValidity(all, query);
        return all.build();
    }

    /** Return the smartcn terms of {@code text}, in order. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(CatalogueFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private Query match(QueryParts parts) {
        if (parts.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : parts.words()) {
            for (String term : terms(word)) {
                match.add(inAnyField(term), Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : parts.phrases()) {
            Query inAny = phraseInAnyField(phrase);
            if (inAny != null) {
                match.add(inAny, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("only stop words or punctuation") : match.build();
    }

    private static Query inAnyField(String term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : CatalogueFields.TEXTS) {
            any.add(new BoostQuery(new TermQuery(new Term(field, term)), CatalogueFields.BOOSTS.get(field)), Occur.SHOULD);
        }
        return any.build();
    }

    private Query phraseInAnyField(String phrase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean analysable = false;
        for (String field : CatalogueFields.TEXTS) {
            Query q = bigrams.createPhraseQuery(CatalogueFields.bigram(field), phrase);
            if (q != null) {
                any.add(new BoostQuery(q, CatalogueFields.BOOSTS.get(field)), Occur.SHOULD);
                analysable = true;
            }
        }
        return analysable ? any.build() : null;
    }

    /**
     * Exclude each validity not asked for. Only "repealed on or before the day" and "expires on or before the day" are
     * ever looked up: both match few items, where "not repealed" would build a set of nearly every document.
     */
    private static void addValidity(BooleanQuery.Builder all, SearchQuery query) {
        long day = query.today().toEpochDay();
        Query repealed = LongPoint.newRangeQuery(CatalogueFields.REPEALED, Long.MIN_VALUE, day);
        Query expired = LongPoint.newRangeQuery(CatalogueFields.EXPIRES, Long.MIN_VALUE, day);
        Set<Validity> allowed = query.validities();
        if (!allowed.contains(Validity.REPEALED)) {
            all.add(repealed, Occur.MUST_NOT);
        }
        if (!allowed.contains(Validity.EXPIRED)) {
            all.add(allowed.contains(Validity.REPEALED)
                    ? new BooleanQuery.Builder().add(expired, Occur.FILTER).add(repealed, Occur.MUST_NOT).build()
                    : expired, Occur.MUST_NOT);
        }
        if (!allowed.contains(Validity.IN_FORCE)) {
            all.add(new BooleanQuery.Builder().add(repealed, Occur.SHOULD).add(expired, Occur.SHOULD).build(), Occur.FILTER);
        }
    }
}
