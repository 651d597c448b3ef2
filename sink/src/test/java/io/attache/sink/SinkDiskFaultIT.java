package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink on a real disk that fills up or turns read-only mid-run (a small tmpfs): the partition pauses with
 * the cause named, nothing is lost or doubled, and it resumes within seconds once the disk can be written.
 */
class SinkDiskFaultIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    /** The longest a paused partition may wait once the disk is fine: one retry interval, plus a poll or two. */
    private static final Duration RESUMES_WITHIN = PartitionPauses.MAX_BACKOFF.plusSeconds(3);

    private final SinkFixture fixture = new SinkFixture(KAFKA);

    @TempDir
    Path scratch;

    private SmallTmpfs disk;

    @BeforeEach
    void mountDisk() throws IOException {
        disk = SmallTmpfs.mount(scratch, 1024);
    }

    @AfterEach
    void unmountDisk() {
        disk.close();
    }

    @Test
    void fullDiskPausesThePartitionAndItResumesWithinSecondsOnceSpaceReturns() throws IOException {
        String topic = KAFKA.uniqueName("sink-disk-full");
        KAFKA.createTopics(1, topic);
        fixture.produceArticles(topic, "a", 14);
        disk.fill();

        SinkService sink = fixture.start(
                fixture.settings(disk.path(), KAFKA.uniqueName("g"), topic), Clock.systemUTC(), CommitHook.NONE);
        TopicPartition tp = new TopicPartition(topic, 0);
        // Long enough that a backoff doubling from 100 ms without a cap would now wait over 25 s.
        await().atMost(Duration.ofSeconds(90))
                .until(() -> sink.pausedPartitions()
                                .getOrDefault(tp, new SinkPause("", null, 0))
                                .failures()
                        >= 8);
        assertThat(sink.pausedPartitions().get(tp).cause()).isEqualTo("disk full");

        disk.free();
        await().atMost(RESUMES_WITHIN)
                .until(() ->
                        sink.stats().records() == 14 && sink.pausedPartitions().isEmpty());
        sink.close();

        fixture.assertFilesHoldTheTopicExactly(disk.path(), topic);
    }

    @Test
    void readOnlyFileSystemMidRunPausesThePartitionAndItResumesOnceWritable() {
        String topic = KAFKA.uniqueName("sink-read-only");
        KAFKA.createTopics(1, topic);
        fixture.produceArticles(topic, "a", 14);
        SinkService sink = fixture.start(
                fixture.settings(disk.path(), KAFKA.uniqueName("g"), topic), Clock.systemUTC(), CommitHook.NONE);
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.stats().records() == 14);

        disk.readOnly();
        fixture.produceArticles(topic, "b", 14);
        TopicPartition tp = new TopicPartition(topic, 0);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> sink.pausedPartitions().containsKey(tp));
        assertThat(sink.pausedPartitions().get(tp).cause()).isEqualTo("file system is read-only");

        disk.writable();
        await().atMost(RESUMES_WITHIN)
                .until(() ->
                        sink.stats().records() == 28 && sink.pausedPartitions().isEmpty());
        sink.close();

        fixture.assertFilesHoldTheTopicExactly(disk.path(), topic);
    }
}
