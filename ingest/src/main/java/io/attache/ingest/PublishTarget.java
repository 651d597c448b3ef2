package io.attache.ingest;

import io.attache.model.Article;
import io.attache.model.FeedState;
import java.util.List;

/** Where a poll's results go; implementations return only once everything is durably acknowledged. */
interface PublishTarget {
    /**
     * Publishes the articles, each keyed by its id, and returns when every one is acknowledged.
     *
     * @throws PublishInterruptedException when stopped before every article was acknowledged
     */
    void publish(String feedId, List<Article> articles) throws PublishInterruptedException;

    /** Records a feed's state, keyed by feed id, and returns when it is acknowledged. */
    void saveState(FeedState state) throws PublishInterruptedException;
}
