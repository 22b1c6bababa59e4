package org.gongkai.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    /**
     * A search turned into Lucene queries, its text analysed once.
     *
     * @param matching what a result must match: every word and phrase in some text field, and the filters
     * @param scoring every word's and phrase's field queries in one flat disjunction, so that a document matching
     *        {@code matching} scores the same sum; empty when the text has no searchable part
     * @param needles the strings to mark in snippets: the phrases, each word as typed and its smartcn terms
     */
    record Compiled(Query matching, Optional<Query> scoring, List<String> needles) {
    }

    Compiled compile(SearchQuery query) {
        QueryParts parts = QueryParts.parse(query.text());
        List<String> needles = new ArrayList<>(parts.phrases());
        List<List<Query>> fieldQueries = new ArrayList<>();
        for (String word : parts.words()) {
            needles.add(word);
            for (String term : terms(word)) {
                needles.add(term);
                fieldQueries.add(inEachField(field -> new TermQuery(new Term(field, term))));
            }
        }
        for (String phrase : parts.phrases()) {
            List<Query> inEach = inEachField(field -> bigrams.createPhraseQuery(CatalogueFields.bigram(field), phrase));
            if (!inEach.isEmpty()) {
                fieldQueries.add(inEach);
            }
        }
        return new Compiled(matching(query, parts, fieldQueries), scoring(fieldQueries), needles);
    }

    private static Query matching(SearchQuery query, QueryParts parts, List<List<Query>> fieldQueries) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(match(parts, fieldQueries), parts.isEmpty() ? Occur.FILTER : Occur.MUST);
        query.agency().ifPresent(a -> all.add(new TermQuery(new Term(CatalogueFields.AGENCY, a)), Occur.FILTER));
        query.kind().ifPresent(k -> all.add(new TermQuery(new Term(CatalogueFields.KIND, k.name())), Occur.FILTER));
        query.article20Item().ifPresent(i -> all.add(IntPoint.newExactQuery(CatalogueFields.ARTICLE_20_ITEM, i), Occur.FILTER));
        query.year().ifPresent(y -> all.add(IntPoint.newExactQuery(CatalogueFields.YEAR, y), Occur.FILTER));
        addValidity(all, query);
        return all.build();
    }

    private static Optional<Query> scoring(List<List<Query>> fieldQueries) {
        if (fieldQueries.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        fieldQueries.stream().flatMap(List::stream).forEach(q -> any.add(q, Occur.SHOULD));
        return Optional.of(any.build());
    }

    private static Query match(QueryParts parts, List<List<Query>> fieldQueries) {
        if (parts.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        if (fieldQueries.isEmpty()) {
            return new MatchNoDocsQuery("only stop words or punctuation");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Query> part : fieldQueries) {
            BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
            part.forEach(q -> inAnyField.add(q, Occur.SHOULD));
            all.add(inAnyField.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Return the smartcn terms of {@code text}, in order. */
    private List<String> terms(String text) {
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

    private static List<Query> inEachField(Function<String, Query> query) {
        List<Query> queries = new ArrayList<>();
        for (String field : CatalogueFields.TEXTS) {
            Query q = query.apply(field);
            if (q != null) {
                queries.add(new BoostQuery(q, CatalogueFields.BOOSTS.get(field)));
            }
        }
        return queries;
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
