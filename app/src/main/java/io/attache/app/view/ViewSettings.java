package io.attache.app.view;

import java.time.Duration;

/**
 * How much the view holds and reads.
 *
 * @param maxArticles the most enriched articles (and stories) held in memory; the ones read longest ago go first
 * @param lookBack    how far back in {@code news.enriched} and {@code news.stories} to start reading, by record
 *                    time; {@code news.feed-state} is always read whole (it is compacted and small)
 */
public record ViewSettings(int maxArticles, Duration lookBack) {
    public ViewSettings {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("the view must hold at least 1 article, was " + maxArticles);
        }
        if (lookBack.isNegative() || lookBack.isZero()) {
            throw new IllegalArgumentException("the view's look-back must be positive, was " + lookBack);
        }
    }
}
