package io.attache.ingest;

import io.attache.model.Article;
import io.attache.model.FeedState;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles and feed states with an idempotent producer ({@code acks=all}, lz4). When Kafka does not
 * acknowledge, the unacknowledged records are sent again after a growing pause (logged), for as long as it
 * takes; only {@link #stop(Duration)} ends the wait, and then the caller learns nothing was lost silently.
 */
final class KafkaPublisher implements PublishTarget, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPublisher.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private volatile long stopDeadlineNanos = Long.MAX_VALUE;

    KafkaPublisher(String bootstrapServers, Topics topics) {
        this.topics = topics;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "attache-ingest",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4",
                        // Each poll waits for its acknowledgements, so batching longer than a few ms only adds latency.
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        // Fail a send in seconds rather than minutes when Kafka is away, so the wait is logged and
                        // retried here.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        10_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        30_000),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Override
    public void publish(String feedId, List<Article> articles) throws PublishInterruptedException {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(articles.size());
        for (Article article : articles) {
            records.add(new ProducerRecord<>(
                    topics.articles(), article.id(), RecordSerdes.article().toBytes(topics.articles(), article)));
        }
        sendUntilAcknowledged(feedId, records);
    }

    @Override
    public void saveState(FeedState state) throws PublishInterruptedException {
        sendUntilAcknowledged(
                state.feedId(),
                List.of(new ProducerRecord<>(
                        topics.feedState(),
                        state.feedId(),
                        RecordSerdes.feedState().toBytes(topics.feedState(), state))));
    }

    /** Lets waits for acknowledgement go on for at most {@code grace} more, then gives up on them. */
    void stop(Duration grace) {
        stopDeadlineNanos = System.nanoTime() + grace.toNanos();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    private void sendUntilAcknowledged(String feedId, List<ProducerRecord<String, byte[]>> records)
            throws PublishInterruptedException {
        List<ProducerRecord<String, byte[]>> pending = records;
        Duration pause = FIRST_PAUSE;
        while (true) {
            List<ProducerRecord<String, byte[]>> failed = new ArrayList<>();
            String error = sendAll(pending, failed);
            if (failed.isEmpty()) {
                return;
            }
            if (System.nanoTime() + pause.toNanos() > stopDeadlineNanos) {
                throw new PublishInterruptedException(
                        failed.size() + " records not acknowledged by Kafka before stop: " + error);
            }
            LOG.warn(
                    "Kafka did not acknowledge {} of {} records for feed {} ({}); retrying in {} ms",
                    failed.size(),
                    pending.size(),
                    feedId,
                    error,
                    pause.toMillis());
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            pending = failed;
        }
    }

    /** Sends every record and waits for each answer; returns the last error and fills {@code failed}. */
    private String sendAll(List<ProducerRecord<String, byte[]>> records, List<ProducerRecord<String, byte[]>> failed) {
        List<Future<RecordMetadata>> futures = new ArrayList<>(records.size());
        String error = "";
        for (ProducerRecord<String, byte[]> record : records) {
            try {
                futures.add(producer.send(record));
            } catch (KafkaException e) {
                futures.add(java.util.concurrent.CompletableFuture.failedFuture(e));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            try {
                futures.get(i).get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failed.add(records.get(i));
                error = e.getCause().getClass().getSimpleName() + ": "
                        + e.getCause().getMessage();
            } catch (TimeoutException e) {
                failed.add(records.get(i));
                error = "no answer in 60 s";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(records.get(i));
                error = "interrupted";
            }
        }
        return error;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
