package io.attache.sink;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: a consumer-group member that writes its partitions' records to files, exactly once.
 *
 * <p>Files are the source of truth. On every assignment the next offset of each partition is recovered
 * from the committed file names and the consumer seeks there; the group's committed offsets are written
 * after each file (so lag can be monitored) but never read. {@link #start()} runs the loop in its own
 * thread; full files are synced and renamed by a {@link FileCommitter} thread, in order, while the loop
 * reads on; {@link #close()} commits every open file and stops.
 */
public final class SinkService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

    private final SinkSettings settings;
    private final Clock clock;
    private final CommitHook hook;
    private final FileCommitter committer;
    private final LineEncoder encoder;
    private final OffsetRecovery recovery;
    private final SinkCounters counters;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final List<CommittedFile> committedFiles = new CopyOnWriteArrayList<>();
    /** Offsets after files the committer has finished, not yet committed to Kafka. */
    private final Map<TopicPartition, Long> pendingOffsets = new ConcurrentHashMap<>();

    private final Thread thread;

    // Owned by the loop thread.
    private final Map<TopicPartition, PartitionWriter> writers = new HashMap<>();
    private final PartitionPauses pauses;

    private final MeterRegistry registry;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean stopping;
    private volatile boolean abandoned;
    private volatile Throwable failure;
    private volatile String unfinished = "";

    private SinkService(SinkSettings settings, Clock clock, MeterRegistry registry, CommitHook hook) {
        this.settings = settings;
        this.clock = clock;
        this.hook = hook;
        this.committer = new FileCommitter(hook, this::onCommitted);
        this.encoder = new LineEncoder(settings);
        this.recovery = new OffsetRecovery(settings.outDir());
        this.counters = new SinkCounters(registry);
        this.registry = registry;
        this.pauses = new PartitionPauses(settings.outDir(), settings.retryBackoff());
        Gauge.builder("attache.sink.partitions.paused", () -> pauses.current().size())
                .description("Partitions paused because their folder cannot be written (disk full, read-only)")
                .register(registry);
        this.thread = new Thread(this::run, "attache-sink");
    }

    /** A sink that has not started; call {@link #start()}. */
    public static SinkService create(SinkSettings settings, Clock clock, MeterRegistry registry) {
        return new SinkService(settings, clock, registry, CommitHook.NONE);
    }

    /** A sink whose commit sequence calls {@code hook} at every step (fault injection in tests). */
    static SinkService create(SinkSettings settings, Clock clock, MeterRegistry registry, CommitHook hook) {
        return new SinkService(settings, clock, registry, hook);
    }

    /** Starts the consumer loop in its own thread. */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("the sink was already started");
        }
        thread.start();
    }

    /**
     * For each assigned partition, the next offset the sink will read: every record below it has been
     * read and is in a committed file, in a file queued for its commit sequence, or in an open file;
     * {@link #close()} commits the last two. Partitions stopped by an I/O error are absent until they recover;
     * revoked partitions, and all of them once closed, are absent too.
     */
    public Map<TopicPartition, Long> consumedPositions() {
        return Map.copyOf(positions);
    }

    /**
     * Whether this sink has read every given partition up to the given offset, e.g. the topics' end offsets
     * taken when a run started; then {@link #close()} leaves every record below them in committed files.
     */
    public boolean hasConsumed(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), -1L) >= e.getValue());
    }

    /** The files this instance committed, in commit order. */
    public List<CommittedFile> committedFiles() {
        return List.copyOf(committedFiles);
    }

    /** Totals of this instance, for a run summary. */
    public SinkStats stats() {
        return counters.snapshot();
    }

    /**
     * The partitions paused because their folder cannot be written (disk full, read-only, permissions), and
     * why; each is retried every few seconds and resumes by itself, losing nothing.
     */
    public Map<TopicPartition, SinkPause> pausedPartitions() {
        return pauses.current();
    }

    /** Whether the loop is running. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Why the loop stopped on its own, if it did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Stops the loop, commits every open file (fsync, rename, folder fsync, offset commit) and leaves the
     * group. Throws if a file could not be committed, naming it; its records are read again on the next start.
     */
    @Override
    public void close() {
        stopping = true;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread.getState() != Thread.State.NEW) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                throw new IllegalStateException("sink did not stop within " + STOP_TIMEOUT);
            }
        }
        if (!unfinished.isEmpty()) {
            throw new IllegalStateException("sink stopped with uncommitted records: " + unfinished);
        }
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(
                        consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaClientMetrics clientMetrics = new KafkaClientMetrics(kafka)) {
            // The consumer's own meters, records-lag among them: how far the files are behind the topics.
            clientMetrics.bindTo(registry);
            consumer = kafka;
            try {
                consume(kafka);
            } catch (RuntimeException | Error e) {
                abandoned = true; // closing the consumer must not commit anything now
                throw e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("Sink stopped: {}", e.toString());
        } finally {
            committer.close();
        }
    }

    private void consume(KafkaConsumer<byte[], byte[]> kafka) {
        kafka.subscribe(settings.topics().pattern(), new Rebalance());
        LOG.info(
                "Sink writing topics {} and topics matching '{}' to {} as group {}",
                settings.topics().names(),
                settings.topics().regex(),
                settings.outDir().toAbsolutePath(),
                settings.groupId());
        while (!stopping) {
            try {
                step(kafka);
            } catch (WakeupException e) {
                // close() woke us up; the loop condition ends it
            }
        }
        commitAll();
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                settings.groupId(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000,
                // New per-theme topics match the pattern; find them within half a minute.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                30_000);
    }

    private void step(KafkaConsumer<byte[], byte[]> kafka) {
        ConsumerRecords<byte[], byte[]> records = kafka.poll(POLL);
        Instant now = clock.instant();
        for (TopicPartition tp : records.partitions()) {
            PartitionWriter writer = writers.get(tp);
            if (writer == null || pauses.isWaiting(tp)) {
                continue;
            }
            try {
                writer.write(records.records(tp), now);
            } catch (IOException e) {
                stopPartition(tp, e, now);
            }
            counters.tombstones(writer.drainTombstones());
        }
        if (!settings.idleClose().isZero()) {
            writers.values().forEach(writer -> writer.commitIfIdle(now, settings.idleClose()));
        }
        committer.rethrowFatal();
        committer.failures().forEach((tp, error) -> {
            if (!pauses.isWaiting(tp)) {
                stopPartition(tp, error, now);
            }
        });
        retryDuePartitions(kafka, now);
        commitOffsets(kafka);
        for (TopicPartition tp : kafka.assignment()) {
            if (!pauses.isWaiting(tp)) {
                positions.put(tp, kafka.position(tp));
            }
        }
    }

    /** Called on the committer thread once a file has its final name and its folder is synced. */
    private void onCommitted(CommittedFile file) {
        counters.committed(file);
        committedFiles.add(file);
        TopicPartition tp = new TopicPartition(file.name().topic(), file.name().partition());
        pendingOffsets.merge(tp, file.name().nextOffset(), Math::max);
    }

    /** Commits to Kafka the offsets after the files committed so far; files come first, always. */
    private void commitOffsets(KafkaConsumer<byte[], byte[]> kafka) {
        if (pendingOffsets.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : List.copyOf(pendingOffsets.keySet())) {
            long next = pendingOffsets.remove(tp);
            offsets.put(tp, new OffsetAndMetadata(next));
            pauses.wrote(tp, next, clock.instant());
        }
        try {
            try {
                kafka.commitSync(offsets);
            } catch (WakeupException e) {
                kafka.commitSync(offsets); // the wake-up asked us to stop, not to skip the commit
            }
            for (TopicPartition tp : offsets.keySet()) {
                hook.reached(CommitStep.OFFSET_COMMITTED, tp);
            }
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The files are already committed and recovery reads them; the group offset only shows lag.
            LOG.warn("Offset commit skipped during a rebalance ({}); the files are committed", e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("commit hook failed", e);
        }
    }

    /**
     * Seeks each partition to the offset after its highest committed file, or to its beginning; returns the
     * offsets of those that have files.
     */
    private Map<TopicPartition, Long> recoverAndSeek(
            KafkaConsumer<byte[], byte[]> kafka, Collection<TopicPartition> partitions, Instant now) {
        try {
            Map<TopicPartition, Long> next = recovery.recover(partitions);
            List<String> resumed = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                Long offset = next.get(tp);
                if (offset == null) {
                    kafka.seekToBeginning(List.of(tp));
                } else {
                    kafka.seek(tp, offset);
                }
                writers.computeIfAbsent(
                        tp, key -> new PartitionWriter(key, settings.outDir(), encoder, settings, committer));
                if (offset != null) {
                    resumed.add(tp + "@" + offset);
                }
            }
            // One line per assignment, not per partition: a deployment has dozens of theme partitions.
            LOG.info(
                    "Assigned {} partitions: {} start at their beginning (no files yet){}",
                    partitions.size(),
                    partitions.size() - resumed.size(),
                    resumed.isEmpty() ? "" : ", resuming from files: " + resumed);
            return next;
        } catch (IOException e) {
            partitions.forEach(tp -> stopPartition(tp, e, now));
            return Map.of();
        }
    }

    /** Pauses a partition after an I/O error; it is recovered from its files and resumed after a backoff. */
    private void stopPartition(TopicPartition tp, IOException error, Instant now) {
        PartitionWriter writer = writers.get(tp);
        if (writer != null) {
            writer.discard();
        }
        positions.remove(tp);
        pauses.failed(tp, error, now);
        consumer.pause(List.of(tp));
    }

    private void retryDuePartitions(KafkaConsumer<byte[], byte[]> kafka, Instant now) {
        for (TopicPartition tp : pauses.due(now)) {
            if (!committer.isIdle(tp)) {
                continue; // files queued before the error are still being discarded
            }
            pauses.retrying(tp);
            committer.clearFailure(tp);
            Map<TopicPartition, Long> next = recoverAndSeek(kafka, List.of(tp), now);
            if (!pauses.isWaiting(tp)) {
                pauses.resumed(tp, next.getOrDefault(tp, 0L));
                kafka.resume(List.of(tp));
            }
        }
    }

    /** Graceful stop: commit every open file, then the offsets. */
    private void commitAll() {
        writers.forEach((tp, writer) -> {
            if (!pauses.isWaiting(tp)) {
                writer.commit();
            }
        });
        writers.clear();
        committer.awaitAll();
        committer.rethrowFatal();
        StringBuilder failed = new StringBuilder();
        committer.failures().forEach((tp, e) -> {
            LOG.error("Partition {}: open file not committed: {}", tp, e.toString());
            failed.append(failed.isEmpty() ? "" : ", ")
                    .append(tp)
                    .append(" (")
                    .append(e.getMessage())
                    .append(')');
        });
        commitOffsets(consumer);
        unfinished = failed.toString();
    }

    /** Commits revoked partitions' files before another member takes them over; recovers assigned ones. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (abandoned) {
                return;
            }
            for (TopicPartition tp : partitions) {
                PartitionWriter writer = writers.remove(tp);
                if (writer != null && !pauses.isWaiting(tp)) {
                    writer.commit();
                }
            }
            committer.awaitIdle(partitions);
            committer.rethrowFatal();
            Map<TopicPartition, IOException> failures = committer.failures();
            for (TopicPartition tp : partitions) {
                if (failures.containsKey(tp)) {
                    LOG.error(
                            "Partition {} revoked; its last file was dropped and will be rewritten by the next owner: {}",
                            tp,
                            failures.get(tp).toString());
                }
                committer.clearFailure(tp);
                forget(tp);
            }
            commitOffsets(consumer);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // Another member may already own them: commit nothing, drop open files.
            if (abandoned) {
                return;
            }
            for (TopicPartition tp : partitions) {
                PartitionWriter writer = writers.remove(tp);
                if (writer != null) {
                    writer.discard();
                }
                committer.cancel(tp);
            }
            committer.awaitIdle(partitions);
            for (TopicPartition tp : partitions) {
                committer.clearFailure(tp);
                pendingOffsets.remove(tp);
                forget(tp);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            recoverAndSeek(consumer, partitions, clock.instant());
        }

        private void forget(TopicPartition tp) {
            pauses.forget(tp);
            positions.remove(tp);
        }
    }
}
