package org.gongkai.server.search;

import java.util.List;

/**
 * A page of results, best first (relevance, then newer 发布日期).
 *
 * @param total number of matching items; a lower bound when {@code totalIsExact} is false (large result sets)
 */
public record SearchResults(long total, boolean totalIsExact, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
