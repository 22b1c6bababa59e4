package org.gongkai.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.publication.Validity;

/**
 * Turns a {@link SearchQuery} into Lucene queries. Each word and each quoted phrase, normalised, must occur as a
 * substring of some searchable field (its character pairs at consecutive positions); the title's smartcn words
 * and an exact 文号 or 索引号 only add to the score.
 */
final class CatalogueQueries {

    private final Analyzer words = CatalogueFields.words();
    private final Analyzer pairs = new SubstringAnalyzer();

    /**
     * A search turned into Lucene queries, its text analysed once.
     *
     * @param matching what a result must match: every word and phrase in some text field, and the filters; its
     *        optional clauses score the title's words and an exact identifier
     * @param scoring every field query and every optional clause in one flat disjunction, so that a document
     *        matching {@code matching} scores the same sum; empty when the text is empty
     * @param needles the normalised words and phrases, to mark in snippets
     */
    record Compiled(Query matching, Optional<Query> scoring, List<String> needles) {
    }

    /**
     * @throws IllegalArgumentException with a Chinese sentence, for a word of a single character
     */
    Compiled compile(SearchQuery query) {
        QueryParts parts = QueryParts.parse(query.text());
        List<String> needles = new ArrayList<>();
        List<List<Query>> fieldQueries = new ArrayList<>();
        for (String part : parts.all()) {
            String needle = SearchText.normalise(part);
            if (SearchText.length(needle) < 2) {
                throw new IllegalArgumentException("检索词“" + part.strip() + "”只有一个字符：每个检索词至少两个字符（如“教育”），"
                        + "单字请与前后的字连写。");
            }
            needles.add(needle);
            fieldQueries.add(inEachField(needle));
        }
        List<Query> ranking = new ArrayList<>();
        if (!parts.isEmpty()) {
            String whole = SearchText.normalise(query.text());
            ranking.add(new BoostQuery(new TermQuery(new Term(CatalogueFields.IDENTIFIER, whole)), CatalogueFields.IDENTIFIER_BOOST));
            for (String term : terms(words, CatalogueFields.words(CatalogueFields.TITLE), query.text())) {
                ranking.add(new BoostQuery(new TermQuery(new Term(CatalogueFields.words(CatalogueFields.TITLE), term)),
                        CatalogueFields.TITLE_WORD_BOOST));
            }
        }
        return new Compiled(matching(query, fieldQueries, ranking), scoring(fieldQueries, ranking), needles);
    }

    private static Query matching(SearchQuery query, List<List<Query>> fieldQueries, List<Query> ranking) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(match(fieldQueries), fieldQueries.isEmpty() ? Occur.FILTER : Occur.MUST);
        ranking.forEach(q -> all.add(q, Occur.SHOULD));
        query.agency().ifPresent(a -> all.add(new TermQuery(new Term(CatalogueFields.AGENCY, a)), Occur.FILTER));
        query.kind().ifPresent(k -> all.add(new TermQuery(new Term(CatalogueFields.KIND, k.name())), Occur.FILTER));
        query.article20Item().ifPresent(i -> all.add(IntPoint.newExactQuery(CatalogueFields.ARTICLE_20_ITEM, i), Occur.FILTER));
        query.year().ifPresent(y -> all.add(IntPoint.newExactQuery(CatalogueFields.YEAR, y), Occur.FILTER));
        addValidity(all, query);
        return all.build();
    }

    private static Optional<Query> scoring(List<List<Query>> fieldQueries, List<Query> ranking) {
        if (fieldQueries.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        fieldQueries.stream().flatMap(List::stream).forEach(q -> any.add(q, Occur.SHOULD));
        ranking.forEach(q -> any.add(q, Occur.SHOULD));
        return Optional.of(any.build());
    }

    private static Query match(List<List<Query>> fieldQueries) {
        if (fieldQueries.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Query> part : fieldQueries) {
            BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
            part.forEach(q -> inAnyField.add(q, Occur.SHOULD));
            all.add(inAnyField.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Return the terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
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

    /** Return, for each searchable field, the query for {@code needle} (normalised, two characters or more) as a substring. */
    private List<Query> inEachField(String needle) {
        List<String> pairs = pairs(needle);
        List<Query> queries = new ArrayList<>();
        for (String field : CatalogueFields.TEXTS) {
            String pairsField = CatalogueFields.pairs(field);
            Query q;
            if (pairs.size() == 1) {
                q = new TermQuery(new Term(pairsField, pairs.get(0)));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (int i = 0; i < pairs.size(); i++) {
                    phrase.add(new Term(pairsField, pairs.get(i)), i);
                }
                q = phrase.build();
            }
            queries.add(new BoostQuery(q, CatalogueFields.BOOSTS.get(field)));
        }
        return queries;
    }

    /** Return the pairs of adjacent characters of {@code needle}, as {@link SubstringAnalyzer} indexes them. */
    private List<String> pairs(String needle) {
        return terms(pairs, CatalogueFields.pairs(CatalogueFields.BODY), needle);
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
