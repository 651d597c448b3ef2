package io.attache.ingest;

import io.attache.model.Article;
import io.attache.model.FeedState;
import java.util.ArrayList;
import java.util.List;

/** An in-memory publish target for poller tests; can be told to refuse publishing, as a Kafka outage would. */
final class RecordingTarget implements PublishTarget {
    final List<Article> articles = new ArrayList<>();
    final List<FeedState> states = new ArrayList<>();
    boolean refuse;

    @Override
    public synchronized void publish(String feedId, List<Article> batch) throws PublishInterruptedException {
        if (refuse) {
            throw new PublishInterruptedException("Kafka away");
        }
        articles.addAll(batch);
    }

    @Override
    public synchronized void saveState(FeedState state) {
        states.add(state);
    }
}
