package io.attache.sink;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partitions a sink could not write (disk full, file system read-only, permissions), when each is retried,
 * and what the operator is told. A pause lasts from the first failed write until a file of the partition is
 * committed again; within it, retries back off from the configured first wait, doubling up to {@link
 * #MAX_BACKOFF}. The pause loses nothing: the partition's records stay in Kafka and are read again from the
 * offset after its last committed file.
 *
 * <p>Used by the sink's loop thread; {@link #current()} may be read from any thread.
 */
final class PartitionPauses {
    /**
     * The longest wait between two retries. A retry costs one walk of the topic's folder and one file
     * creation, so trying every few seconds is cheap, while an operator who frees space expects the files to
     * flow again at once: a longer cap (it was one minute) made a fixed disk look like a dead sink.
     */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PartitionPauses.class);

    private final Path outDir;
    private final Duration firstBackoff;
    private final Map<TopicPartition, SinkPause> paused = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Duration> backoffs = new HashMap<>();
    private final Map<TopicPartition, Instant> retryAt = new HashMap<>();
    /** Where each retried partition was recovered to: only a file past it shows the folder is writable again. */
    private final Map<TopicPartition, Long> resumedFrom = new HashMap<>();

    PartitionPauses(Path outDir, Duration firstBackoff) {
        this.outDir = outDir;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Records a failed write and schedules the partition's retry: the first failure of a pause is logged as
     * an error saying what is wrong and that nothing is lost; the later ones only at debug level.
     */
    void failed(TopicPartition tp, IOException error, Instant now) {
        Duration previous = backoffs.get(tp);
        Duration backoff = previous == null ? firstBackoff : min(previous.multipliedBy(2), MAX_BACKOFF);
        backoffs.put(tp, backoff);
        retryAt.put(tp, now.plus(backoff));
        SinkPause before = paused.get(tp);
        paused.put(
                tp,
                new SinkPause(
                        cause(error),
                        before == null ? now : before.since(),
                        before == null ? 1 : before.failures() + 1));
        if (before == null) {
            LOG.error(
                    "Partition {} paused: cannot write under {} ({}): {}. Its records stay in Kafka, nothing is"
                            + " lost; retrying every {} at most, it resumes by itself once the folder can be written",
                    tp,
                    outDir.toAbsolutePath(),
                    cause(error),
                    error.toString(),
                    MAX_BACKOFF.toSeconds() + " s");
        } else {
            LOG.debug("Partition {} still paused, retrying in {}: {}", tp, backoff, error.toString());
        }
    }

    /** Whether the partition waits for its retry (its records are not read meanwhile). */
    boolean isWaiting(TopicPartition tp) {
        return retryAt.containsKey(tp);
    }

    /** Partitions whose retry is due. */
    List<TopicPartition> due(Instant now) {
        return retryAt.entrySet().stream()
                .filter(entry -> !now.isBefore(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The partition's retry is starting: it no longer waits, whether or not its recovery succeeds. */
    void retrying(TopicPartition tp) {
        retryAt.remove(tp);
    }

    /**
     * The retried partition was recovered from its files and is read again from {@code offset}; its pause
     * ends with the first file committed past that offset.
     */
    void resumed(TopicPartition tp, long offset) {
        resumedFrom.put(tp, offset);
    }

    /**
     * A file of the partition ending before {@code nextOffset} was committed. Once it lies past the offset the
     * partition resumed from, the pause is over and the next one starts afresh; files committed before the
     * pause began (their offsets may reach Kafka only now) do not count.
     */
    void wrote(TopicPartition tp, long nextOffset, Instant now) {
        Long from = resumedFrom.get(tp);
        if (paused.containsKey(tp) && (from == null || nextOffset <= from)) {
            return;
        }
        resumedFrom.remove(tp);
        backoffs.remove(tp);
        SinkPause ended = paused.remove(tp);
        if (ended != null) {
            LOG.info(
                    "Partition {} resumed: writing under {} again after {} paused ({} failed attempts)",
                    tp,
                    outDir.toAbsolutePath(),
                    Duration.between(ended.since(), now),
                    ended.failures());
        }
    }

    /** The partition left this instance (revoked or lost); its next owner starts without a pause. */
    void forget(TopicPartition tp) {
        retryAt.remove(tp);
        resumedFrom.remove(tp);
        backoffs.remove(tp);
        paused.remove(tp);
    }

    /** The partitions paused now, and why. */
    Map<TopicPartition, SinkPause> current() {
        return Map.copyOf(paused);
    }

    /** The usual causes, in words, ahead of the exception that names the file. */
    private static String cause(IOException error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return "disk full";
        }
        if (message.contains("Read-only file system")) {
            return "file system is read-only";
        }
        if (error instanceof AccessDeniedException || message.contains("Permission denied")) {
            return "permission denied";
        }
        return "I/O error";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
