package org.gongkai.server.search;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the documents a query matches, stopping at a limit: beyond it the exact number is not worth the walk. */
final class CappedCount {

    private CappedCount() {
    }

    /** Return the number of matches of {@code query}, or {@code limit} if there are at least that many. */
    static long upTo(IndexSearcher searcher, Query query, long limit) throws IOException {
        AtomicLong counted = new AtomicLong();
        return searcher.search(query, new CollectorManager<Collector, Long>() {
            @Override
            public Collector newCollector() {
                return new Counter(counted, limit);
            }

            @Override
            public Long reduce(Collection<Collector> collectors) {
                return Math.min(counted.get(), limit);
            }
        });
    }

    private record Counter(AtomicLong counted, long limit) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) {
            if (counted.get() >= limit) {
                throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    if (counted.incrementAndGet() >= limit) {
                        throw new CollectionTerminatedException();
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
