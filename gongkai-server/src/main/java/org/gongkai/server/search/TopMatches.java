package org.gongkai.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Finds the best matches of a catalogue search, by relevance then newest. There are two ways to the same answer,
 * and the cheaper one is chosen from the cost Lucene estimates for the matching query (that of its rarest required
 * clause):
 * <ul>
 * <li>run the matching query itself: the rarest required clause leads, so this is quick whenever one word, phrase
 * or filter is rare;</li>
 * <li>run the scoring query (every word and phrase in every field, one flat disjunction whose score is the same
 * sum) and rank only the documents that the matching query also accepts. When every word is common, the
 * conjunction would have to walk the dense body postings of each word, while Lucene's max-score pruning of a flat
 * disjunction only visits documents whose title matches can still lift them into the top results.</li>
 * </ul>
 */
final class TopMatches {

    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(
            SortField.FIELD_SCORE, new SortField(CatalogueFields.PUBLISHED, SortField.Type.LONG, true));

    /** Documents the rarest required clause must reach before the scoring query is run instead. */
    static final long COMMON_FROM = 50_000;

    private final long commonFrom;

    /** The requested best documents, ranked, each {@link FieldDoc} holding its score first, and the number of matches. */
    record Found(ScoreDoc[] best, long total, boolean totalIsExact) {
    }

    TopMatches(long commonFrom) {
        this.commonFrom = commonFrom;
    }

    /**
     * Return the best {@code n} documents matching {@code matching}, ranked by the scores of {@code scoring}, and how
     * many documents match: exactly up to {@code countedUpTo}, beyond that only "at least".
     */
    Found find(IndexSearcher searcher, Query matching, Optional<Query> scoring, int n, int countedUpTo) throws IOException {
        Weight matches = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
        if (scoring.isPresent() && leadCost(searcher, matches) >= commonFrom) {
            TopFieldCollectorManager best = new TopFieldCollectorManager(RELEVANCE_THEN_NEWEST, n, null, n, false);
            TopFieldDocs top = searcher.search(scoring.get(), new Accepted(best, matches));
            long total = countUpTo(searcher, matches, countedUpTo);
            return new Found(top.scoreDocs, total, total < countedUpTo);
        }
        TopFieldCollectorManager best = new TopFieldCollectorManager(RELEVANCE_THEN_NEWEST, n, null, countedUpTo, false);
        TopFieldDocs top = searcher.search(matching, best);
        long total = Math.min(top.totalHits.value, countedUpTo);
        return new Found(top.scoreDocs, total, total < countedUpTo);
    }

    private static long leadCost(IndexSearcher searcher, Weight matches) throws IOException {
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = matches.scorerSupplier(leaf);
            if (supplier != null) {
                cost += supplier.cost();
            }
        }
        return cost;
    }

    private static long countUpTo(IndexSearcher searcher, Weight matches, long limit) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = matches.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && ++count >= limit) {
                    return count;
                }
            }
        }
        return count;
    }

    /** Ranks, among the documents the scoring query finds, only those the matching query accepts. */
    private record Accepted(TopFieldCollectorManager best, Weight matches) implements CollectorManager<AcceptedOnly, TopFieldDocs> {

        @Override
        public AcceptedOnly newCollector() throws IOException {
            return new AcceptedOnly(best.newCollector(), matches);
        }

        @Override
        public TopFieldDocs reduce(Collection<AcceptedOnly> collectors) throws IOException {
            List<TopFieldCollector> rankings = new ArrayList<>();
            for (AcceptedOnly collector : collectors) {
                rankings.add(collector.ranking);
            }
            return best.reduce(rankings);
        }
    }

    private static final class AcceptedOnly implements Collector {

        private final TopFieldCollector ranking;
        private final Weight matches;

        AcceptedOnly(TopFieldCollector ranking, Weight matches) {
            this.ranking = ranking;
            this.matches = matches;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            Scorer accepting = matches.scorer(leaf);
            if (accepting == null) {
                throw new CollectionTerminatedException();
            }
            TwoPhaseIterator check = accepting.twoPhaseIterator();
            DocIdSetIterator candidates = check == null ? accepting.iterator() : check.approximation();
            return new FilterLeafCollector(ranking.getLeafCollector(leaf)) {
                @Override
                public void collect(int doc) throws IOException {
                    int at = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
                    if (at == doc && (check == null || check.matches())) {
                        in.collect(doc);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ranking.scoreMode();
        }
    }
}
