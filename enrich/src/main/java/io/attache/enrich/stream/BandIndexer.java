package io.attache.enrich.stream;

import io.attache.enrich.dedupe.BandAnswer;
import io.attache.enrich.dedupe.BandBucket;
import io.attache.enrich.dedupe.BandMessage;
import io.attache.enrich.dedupe.FingerprintBands;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The band index, partitioned by band key. A query is answered with the closest enriched article it relates
 * to in this band and the pending articles that came first, and is reserved so later copies wait for it; an
 * article's outcome (enriched or dropped) is recorded and sent to the pending articles that wait on it.
 * A match is only ever an enriched article, so an article is only dropped as a duplicate of one that was published.
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
        int band = FingerprintBands.bandOf(record.key());
        BandBucket bucket = buckets.get(record.key());
        if (bucket == null) {
            bucket = new BandBucket(List.of());
        }
        switch (message.kind()) {
            case QUERY -> {
                BandBucket.Query query = bucket.query(message.fingerprint(), band, maxDistance, cutoff);
                buckets.put(record.key(), query.bucket());
                context.forward(record.withKey(message.fingerprint().articleId()).withValue(query.answer()));
                for (BandAnswer notice : query.notices()) {
                    context.forward(record.withKey(notice.articleId()).withValue(notice));
                }
            }
            case REGISTER, RELEASE -> {
                boolean enriched = message.kind() == BandMessage.Kind.REGISTER;
                BandBucket.Outcome outcome = bucket.decide(message.fingerprint(), enriched, band, maxDistance, cutoff);
                buckets.put(record.key(), outcome.bucket().entries().isEmpty() ? null : outcome.bucket());
                for (BandAnswer notice : outcome.notices()) {
                    context.forward(record.withKey(notice.articleId()).withValue(notice));
                }
            }
            default -> throw new IllegalStateException("unknown band message " + message.kind());
        }
    }
}
