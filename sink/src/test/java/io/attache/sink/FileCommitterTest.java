package io.attache.sink;

import static io.attache.sink.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommitterTest {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);
    private static final LineEncoder ENCODER =
            new LineEncoder(SinkSettings.defaults("127.0.0.1:9092", Topics.defaults()));

    @TempDir
    Path root;

    private final List<CommittedFile> committed = new CopyOnWriteArrayList<>();

    @Test
    void filesAreCommittedInTheOrderTheyWereGiven() throws IOException {
        try (FileCommitter committer = new FileCommitter(CommitHook.NONE, committed::add)) {
            for (long offset = 0; offset < 5; offset++) {
                committer.submit(P0, file(P0, offset));
            }
            committer.awaitAll();
        }
        assertThat(committed).extracting(file -> file.name().firstOffset()).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void afterAFailureLaterFilesOfThatPartitionAreDiscardedAndOthersCommitted() throws IOException {
        AtomicInteger syncs = new AtomicInteger();
        CommitHook firstSyncFails = (step, partition) -> {
            if (step == CommitStep.SYNCED && syncs.incrementAndGet() == 1) {
                throw new IOException("disk full");
            }
        };
        try (FileCommitter committer = new FileCommitter(firstSyncFails, committed::add)) {
            committer.submit(P0, file(P0, 0));
            committer.submit(P0, file(P0, 1));
            committer.submit(P1, file(P1, 0));
            committer.awaitAll();

            assertThat(committer.failures()).containsOnlyKeys(P0);
            assertThat(committed)
                    .extracting(CommittedFile::name)
                    .containsExactly(new SinkFileName("t", 1, 0, 0, false));
            assertThat(SinkOutput.files(root)).hasSize(1);

            committer.clearFailure(P0);
            committer.submit(P0, file(P0, 0));
            committer.awaitAll();
        }
        assertThat(committed).hasSize(2);
    }

    private PendingFile file(TopicPartition partition, long offset) throws IOException {
        EncodedLine line = ENCODER.encode(record(partition.topic(), partition.partition(), offset, "k", "{}"));
        PendingFile file = PendingFile.open(root.resolve(partition.topic()), partition, line, offset, false);
        file.append(line, offset);
        return file;
    }
}
