package io.attache.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private final FileCommitter committer;
    private PendingFile open;
    private Instant lastAppend = Instant.EPOCH;
    private long tombstones;

    PartitionWriter(TopicPartition partition, Path root, LineEncoder encoder, SinkSettings settings,
                    FileCommitter committer) {
        this.partition = partition;
        this.topicDir = root.resolve(partition.topic());
        this.encoder = encoder;
        this.rotation = settings.rotation();
        this.gzip = settings.gzip();
        this.committer = committer;
    }

    /**
     * Appends a batch of this partition's records, in offset order, handing files to the committer as they
     * fill. On an I/O error the open file is discarded and the error thrown: nothing of it was committed.
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
        } catch (IOException e) {
            discard();
            throw e;
        }
        if (!records.isEmpty()) {
            lastAppend = now;
        }
    }

    /** Hands over the open file if nothing was appended for {@code idle}; wall-clock time, from the caller's clock. */
    void commitIfIdle(Instant now, Duration idle) {
        if (open != null && !idle.isZero() && !now.isBefore(lastAppend.plus(idle))) {
            commit();
        }
    }

    /** Hands the open file, if any, to the committer (graceful stop, revocation). */
    void commit() {
        if (open != null) {
            commitOpen();
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

    private void commitOpen() {
        committer.submit(partition, open);
        open = null;
    }
}
