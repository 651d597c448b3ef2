package io.attache.enrich.stream;

import io.attache.enrich.dedupe.BandAnswer;
import io.attache.enrich.dedupe.BandBucket;
import io.attache.enrich.dedupe.BandMessage;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The band index, partitioned by band key: answers each query with the closest enriched article sharing
 * the band within the distance, and records the fingerprints of articles that reached {@code news.enriched}.
 * Only enriched articles are indexed, so an article is only ever found to duplicate one that was published.
 */
public final class BandIndexer implements Processor<String, BandMessage, String, BandAnswer> {
    private final String storeName;
    private final int maxDistance;
    private final Duration retention;
    private ProcessorContext<String, BandAnswer> context;
    private KeyValueStore<String, BandBucket> buckets;

    public BandIndexer(String storeName, int maxDistance, Duration retention) {
        this.storeName = storeName;
        this.maxDistance = maxDistance;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.buckets = context.getStateStore(storeName);
        new RetentionPurger<>(buckets, retention, BandBucket::unexpired).schedule(context);
    }

    @Override
    public void process(Record<String, BandMessage> record) {
        BandMessage message = record.value();
        long cutoff = record.timestamp() - retention.toMillis();
        BandBucket bucket = buckets.get(record.key());
        if (bucket == null) {
            bucket = new BandBucket(List.of());
        }
        switch (message.kind()) {
            case QUERY -> {
                BandAnswer answer = bucket.closest(message.fingerprint(), maxDistance, cutoff);
                context.forward(record.withKey(message.fingerprint().articleId()).withValue(answer));
            }
            case REGISTER -> buckets.put(record.key(), bucket.with(message.fingerprint(), cutoff));
            default -> throw new IllegalStateException("unknown band message " + message.kind());
        }
    }
}
