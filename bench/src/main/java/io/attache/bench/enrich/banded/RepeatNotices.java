package io.attache.bench.enrich.banded;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.RepeatedArticle;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The band design's {@code same_url} notices, for the repeats enrichment's revision tracker finds. In this bench copy a
 * notice names the repeated id itself, also when that id was dropped as a copy (the band design named the article it
 * was dropped for, from an outcome kept in the ledger; the benchmark's articles are never repeated).
 */
final class RepeatNotices implements Processor<String, RepeatedArticle, String, DuplicateNotice> {
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, DuplicateNotice> context;

    RepeatNotices(Clock clock, EnrichMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DuplicateNotice> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, RepeatedArticle> record) {
        metrics.duplicate(DuplicateReason.SAME_URL);
        context.forward(record.withValue(new DuplicateNotice(
                DuplicateNotice.SCHEMA,
                record.value().article(),
                DuplicateReason.SAME_URL,
                record.value().articleId(),
                0,
                clock.instant())));
    }
}
