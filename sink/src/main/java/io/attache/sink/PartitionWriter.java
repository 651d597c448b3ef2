package io.attache.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes the records of one Kafka partition. A partition has at most one open file; a record that
 * belongs in another folder or rotation interval, or a full file, closes it first. So every committed
 * file holds a contiguous run of the partition's offsets and everything below the highest committed
 * offset is on disk, which is what lets recovery trust the highest file name.
 */
final class PartitionWriter {
    private final TopicPartition partition;
    private final Path topicDir;
    private final LineEncoder encoder;
    private final Rotation rotation;
    private final boolean gzip;
    private final CommitHook hook;
    private final Consumer<CommittedFile> onCommit;
    private PendingFile open;
    private Instant lastAppend = Instant.EPOCH;
    private long tombstones;

    PartitionWriter(TopicPartition partition, Path root, LineEncoder encoder, SinkSettings settings, CommitHook hook,
                    Consumer<CommittedFile> onCommit) {
        this.partition = partition;
        this.topicDir = root.resolve(partition.topic());
        this.encoder = encoder;
        this.rotation = settings.rotation();
        this.gzip = settings.gzip();
        this.hook = hook;
        this.onCommit = onCommit;
    }

    /**
     * Appends a batch of this partition's records, in offset order, committing files as they fill. On an
     * I/O error the open file is discarded and the error thrown: nothing of it was committed.
     */
    void write(List<ConsumerRecord<byte[], byte[]>> records, Instant now) throws IOException {
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (record.value() == null) {
                    tombstones++;
                    continue;
                }
                EncodedLine line = encoder.encode(record);
                if (open != null && !open.accepts(line)) {
                    commitOpen();
                }
                if (open == null) {
                    open = PendingFile.open(topicDir, partition, line, record.offset(), gzip);
                }
                open.append(line, record.offset());
                if (rotation.isFull(open.records(), open.bytes())) {
                    commitOpen();
                }
            }
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
        if (!records.isEmpty()) {
            lastAppend = now;
        }
    }

    /** Commits the open file if nothing was appended for {@code idle}; wall-clock time, from the caller's clock. */
    void commitIfIdle(Instant now, Duration idle) throws IOException {
        if (open != null && !idle.isZero() && !now.isBefore(lastAppend.plus(idle))) {
            commit();
        }
    }

    /** Commits the open file, if any (graceful stop, revocation). */
    void commit() throws IOException {
        if (open == null) {
            return;
        }
        try {
            commitOpen();
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** Drops the open file without committing it (partition lost, I/O error). */
    void discard() {
        if (open != null) {
            open.discard();
            open = null;
        }
    }

    /** Tombstones skipped and not yet counted; resets the count. */
    long drainTombstones() {
        long count = tombstones;
        tombstones = 0;
        return count;
    }

    private void commitOpen() throws IOException {
        CommittedFile file = open.commit(hook);
        open = null;
        onCommit.accept(file);
    }
}
