package io.attache.bench.enrich.banded;

import io.attache.enrich.dedupe.TaggedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Parks a tagged article in the pending store, with its publication time (read from its record: the bench's band design
 * reuses enrichment's tagging step, which does not carry it beside the record), and asks the band index
 * whether it duplicates another: one query, which the band topic's partitioner sends to each partition owning
 * one of the fingerprint's bands.
 */
public final class ArticleParking implements Processor<String, TaggedArticle, String, BandMessage> {
    private final String pendingStoreName;
    private ProcessorContext<String, BandMessage> context;
    private KeyValueStore<String, PendingArticle> pending;

    public ArticleParking(String pendingStoreName) {
        this.pendingStoreName = pendingStoreName;
    }

    @Override
    public void init(ProcessorContext<String, BandMessage> context) {
        this.context = context;
        this.pending = context.getStateStore(pendingStoreName);
    }

    @Override
    public void process(Record<String, TaggedArticle> record) {
        PendingArticle parked = PendingArticle.of(record.value(), record.timestamp());
        pending.put(PendingArticle.storeKey(parked.articleId(), parked.revision()), parked);
        context.forward(
                record.withValue(new BandMessage(BandMessage.Kind.QUERY, parked.fingerprint(record.timestamp()))));
    }
}
