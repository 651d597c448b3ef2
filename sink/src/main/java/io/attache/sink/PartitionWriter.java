package io.attache.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes the records of one Kafka partition. A partition has at most one open file; a record that
 * belongs in another folder or rotation interval, or a full file, closes it first. So every committed
 * file holds a contiguous run of the partition's offsets and everything below the highest committed
 * offset is on disk, which is what lets recovery trust the highest file name.
 */
final class PartitionWriter {
    /** Batches at least this large are encoded in parallel; smaller ones are not worth the hand-off. */
    private static final int PARALLEL_BATCH = 256;

    private final TopicPartition partition;
    private final Path topicDir;
    private final LineEncoder encoder;
    private final Rotation rotation;
    private final boolean gzip;
    private final FileCommitter committer;
    private PendingFile open;
    private Instant lastAppend = Instant.EPOCH;
    private long tombstones;

    PartitionWriter(
            TopicPartition partition, Path root, LineEncoder encoder, SinkSettings settings, FileCommitter committer) {
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
        EncodedLine[] lines = encode(records);
        try {
            for (int i = 0; i < lines.length; i++) {
                ConsumerRecord<byte[], byte[]> record = records.get(i);
                if (record.value() == null) {
                    tombstones++;
                    continue;
                }
                EncodedLine line = lines[i];
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

    /**
     * Encodes a batch, on several cores when it is large: validating JSON is most of the sink's CPU time, and
     * lines are independent of each other, so only appending them must stay in order. Tombstones stay empty.
     */
    private EncodedLine[] encode(List<ConsumerRecord<byte[], byte[]>> records) {
        EncodedLine[] lines = new EncodedLine[records.size()];
        IntStream indexes = IntStream.range(0, lines.length);
        (lines.length >= PARALLEL_BATCH ? indexes.parallel() : indexes).forEach(i -> {
            ConsumerRecord<byte[], byte[]> record = records.get(i);
            if (record.value() != null) {
                lines[i] = encoder.encode(record);
            }
        });
        return lines;
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
