package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.model.Article;
import io.attache.model.RecordSerdes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe input: reads raw records, passes valid articles on keyed by their id, and sends anything else,
 * untouched, to the dead-letter topic with headers naming the error and the record's source. A bad record
 * costs one log line, never a crash loop.
 */
public final class ArticleValidator implements Processor<byte[], byte[], Object, Object> {
    /**
     * The largest value read as an article. Ingest's caps (100,000 characters of text, 5,000 of summary, 1,000
     * of title) keep a real article under a third of this; a larger value is dead-lettered cut to this size,
     * because Kafka refuses records over 1 MiB by default and a dead letter the producer cannot write would
     * stop the application on the same record after every restart.
     */
    public static final int MAX_ARTICLE_BYTES = 512 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleValidator.class);

    private final String validChild;
    private final String deadLetterChild;
    private final EnrichMetrics metrics;
    private ProcessorContext<Object, Object> context;

    public ArticleValidator(String validChild, String deadLetterChild, EnrichMetrics metrics) {
        this.validChild = validChild;
        this.deadLetterChild = deadLetterChild;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        if (record.value() != null && record.value().length > MAX_ARTICLE_BYTES) {
            deadLetter(
                    record.withValue(Arrays.copyOf(record.value(), MAX_ARTICLE_BYTES)),
                    "value of " + record.value().length + " bytes is over the " + MAX_ARTICLE_BYTES
                            + "-byte limit of an article; the dead letter holds its first " + MAX_ARTICLE_BYTES
                            + " bytes");
            return;
        }
        try {
            Article article = RecordSerdes.article().fromBytes(topic, record.value());
            if (article == null) {
                throw new IllegalArgumentException("record has no value (a tombstone is not an article)");
            }
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            if (!article.id().equals(key)) {
                // Every copy of an id must land on one partition, or the ledger cannot see repeats.
                throw new IllegalArgumentException(
                        "record key '" + key + "' is not the article id '" + article.id() + "'");
            }
            context.forward(record.withKey((Object) article.id()).withValue((Object) article), validChild);
        } catch (RuntimeException e) {
            deadLetter(record, e.getMessage());
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, String error) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        LOG.warn(
                "Sending record {}-{}@{} to the dead-letter topic: {}",
                source.topic(),
                source.partition(),
                source.offset(),
                error);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetterHeaders.ERROR, utf8(error));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()));
        headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        metrics.deadLetter();
        context.forward(
                new Record<Object, Object>(record.key(), record.value(), record.timestamp(), headers), deadLetterChild);
    }

    private static byte[] utf8(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
