package io.attache.bench.enrich.banded;

import io.attache.enrich.stream.RetentionPurger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The band index, partitioned by band: a message reaches each partition that owns one of the article's four
 * bands ({@link BandPartitioner}), and that partition handles those bands. A query is answered, for all of them
 * in one answer, with the closest enriched article it relates to and the pending articles that came first, and
 * is reserved so later copies wait for it; an article's outcome (enriched or dropped) is recorded and sent to the
 * pending articles that wait on it. A match is only ever an enriched article, so an article is only dropped as a
 * duplicate of one that was published.
 */
public final class BandIndexer implements Processor<String, BandMessage, String, BandAnswer> {
    private static final Logger LOG = LoggerFactory.getLogger(BandIndexer.class);

    private final String storeName;
    private final int partitions;
    private final int maxDistance;
    private final Duration retention;
    private ProcessorContext<String, BandAnswer> context;
    private BandIndex index;

    /**
     * @param partitions the band topic's partition count, as the senders' {@link BandPartitioner} sees it
     */
    public BandIndexer(String storeName, int partitions, int maxDistance, Duration retention) {
        this.storeName = storeName;
        this.partitions = partitions;
        this.maxDistance = maxDistance;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        KeyValueStore<String, StoredFingerprint> stored = context.getStateStore(storeName);
        this.index = BandIndex.load(stored);
        context.schedule(
                RetentionPurger.interval(retention),
                PunctuationType.STREAM_TIME,
                streamTime -> index.purge(streamTime - retention.toMillis()));
    }

    @Override
    public void process(Record<String, BandMessage> record) {
        BandMessage message = record.value();
        Fingerprint fingerprint = message.fingerprint();
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(0);
        long cutoff = record.timestamp() - retention.toMillis();
        BandAnswer answer = null;
        List<BandAnswer> notices = new ArrayList<>();
        boolean owned = false;
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            if (FingerprintBands.partition(fingerprint.simhash(), band, partitions) != partition) {
                continue;
            }
            owned = true;
            switch (message.kind()) {
                case QUERY -> {
                    BandBucket.Query query = index.query(fingerprint, band, maxDistance, cutoff);
                    answer = answer == null ? query.answer() : answer.and(query.answer());
                    notices.addAll(query.notices());
                }
                case REGISTER, RELEASE ->
                    notices.addAll(index.decide(
                                    fingerprint, message.kind() == BandMessage.Kind.REGISTER, band, maxDistance, cutoff)
                            .notices());
                default -> throw new IllegalStateException("unknown band message " + message.kind());
            }
        }
        index.flush();
        if (!owned) {
            LOG.error(
                    "Band message for article {} reached partition {}, which owns none of its bands among {} partitions: "
                            + "the band topic's partition count changed; reset the application",
                    fingerprint.articleId(),
                    partition,
                    partitions);
            return;
        }
        if (answer != null) {
            context.forward(record.withKey(fingerprint.articleId()).withValue(answer));
        }
        for (BandAnswer notice : notices) {
            context.forward(record.withKey(notice.articleId()).withValue(notice));
        }
    }
}
