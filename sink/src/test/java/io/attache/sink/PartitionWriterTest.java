package io.attache.sink;

import static io.attache.sink.TestRecords.article;
import static io.attache.sink.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionWriterTest {
    private static final TopicPartition TP = new TopicPartition("news.enriched", 0);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;

    private final List<CommittedFile> files = new CopyOnWriteArrayList<>();
    private final FileCommitter committer = new FileCommitter(CommitHook.NONE, files::add);

    @AfterEach
    void stopCommitter() {
        committer.close();
    }

    /** The files committed so far, once the committer has finished what it was given. */
    private List<CommittedFile> committed() {
        committer.awaitAll();
        return files;
    }

    @Test
    void rotatesByRecordCount() throws IOException {
        PartitionWriter writer = writer(settings().withRotation(new Rotation(3, Long.MAX_VALUE, Duration.ZERO)));
        writer.write(records(0, 7), NOW);
        assertThat(committedNames())
                .containsExactly(
                        "news.enriched+0+0000000000000000000+0000000000000000002.jsonl",
                        "news.enriched+0+0000000000000000003+0000000000000000005.jsonl");
        assertThat(lines(committed().get(0).path())).hasSize(3);
    }

    @Test
    void rotatesByBytes() throws IOException {
        PartitionWriter writer = writer(settings().withRotation(new Rotation(Long.MAX_VALUE, 100, Duration.ZERO)));
        writer.write(records(0, 4), NOW);
        assertThat(committed()).allSatisfy(file -> assertThat(file.bytes()).isGreaterThanOrEqualTo(100));
        assertThat(committed()).isNotEmpty();
    }

    @Test
    void rotatesWhenRecordTimeEntersANewHour() throws IOException {
        PartitionWriter writer =
                writer(settings().withRotation(new Rotation(1000, Long.MAX_VALUE, Duration.ofHours(1))));
        writer.write(
                List.of(
                        record(TP.topic(), 0, 0, "a", article("a", "2024-01-10T08:10:00Z", "x")),
                        record(TP.topic(), 0, 1, "b", article("b", "2024-01-10T08:50:00Z", "x")),
                        record(TP.topic(), 0, 2, "c", article("c", "2024-01-10T09:05:00Z", "x"))),
                NOW);
        writer.commit();
        assertThat(committed())
                .extracting(
                        file -> file.name().firstOffset() + "-" + file.name().lastOffset())
                .containsExactly("0-1", "2-2");
    }

    @Test
    void aNewFolderClosesTheOpenFile() throws IOException {
        PartitionWriter writer = writer(settings().withPartitioners(List.of(Partitioner.Field.theme())));
        writer.write(
                List.of(
                        record(TP.topic(), 0, 0, "a", article("a", "2024-01-10T08:10:00Z", "trade")),
                        record(TP.topic(), 0, 1, "b", article("b", "2024-01-10T08:50:00Z", "energy"))),
                NOW);
        writer.commit();
        assertThat(committed())
                .extracting(file -> root.relativize(file.path()).toString())
                .containsExactly(
                        "news.enriched/theme=trade/news.enriched+0+0000000000000000000+0000000000000000000.jsonl",
                        "news.enriched/theme=energy/news.enriched+0+0000000000000000001+0000000000000000001.jsonl");
    }

    @Test
    void openFileIsInvisibleUntilCommitted() throws IOException {
        PartitionWriter writer = writer(settings());
        writer.write(records(0, 2), NOW);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .singleElement()
                    .satisfies(name -> assertThat(name).startsWith(".").endsWith(".tmp"));
        }
        assertThat(committed()).isEmpty();
    }

    @Test
    void idleFileIsCommittedOnceTheIdleTimeHasPassed() throws IOException {
        PartitionWriter writer = writer(settings());
        writer.write(records(0, 2), NOW);
        writer.commitIfIdle(NOW.plusSeconds(59), Duration.ofMinutes(1));
        assertThat(committed()).isEmpty();
        writer.commitIfIdle(NOW.plusSeconds(60), Duration.ofMinutes(1));
        assertThat(committedNames()).containsExactly("news.enriched+0+0000000000000000000+0000000000000000001.jsonl");
    }

    @Test
    void tombstonesAreSkippedAndCounted() throws IOException {
        PartitionWriter writer = writer(settings());
        writer.write(
                List.of(
                        record(TP.topic(), 0, 0, "a", "{}"),
                        record(TP.topic(), 0, 1, "b", null),
                        record(TP.topic(), 0, 2, "c", "{}")),
                NOW);
        writer.commit();
        assertThat(writer.drainTombstones()).isEqualTo(1);
        assertThat(committed())
                .singleElement()
                .satisfies(file -> assertThat(file.records()).isEqualTo(2));
    }

    @Test
    void rejectedRecordsGoToTheTopicsRejectedFolder() throws IOException {
        PartitionWriter writer = writer(settings());
        writer.write(List.of(record(TP.topic(), 0, 0, "a", "{}"), record(TP.topic(), 0, 1, "b", "not json")), NOW);
        writer.commit();
        assertThat(committed())
                .extracting(file -> root.relativize(file.path().getParent()).toString())
                .containsExactly("news.enriched/partition=0", "news.enriched/_rejected");
        assertThat(committed().get(1).rejected()).isTrue();
    }

    @Test
    void gzipFilesDecompressToTheSameLines() throws IOException {
        PartitionWriter writer = writer(settings().withGzip(true));
        writer.write(records(0, 3), NOW);
        writer.commit();
        Path file = committed().get(0).path();
        assertThat(file.toString()).endsWith(".jsonl.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .hasSize(3);
        }
    }

    @Test
    void replayingTheSameRecordsRewritesIdenticalFiles() throws IOException {
        SinkSettings settings = settings().withGzip(true).withRotation(new Rotation(4, Long.MAX_VALUE, Duration.ZERO));
        writer(settings).write(records(0, 10), NOW);
        List<byte[]> first = committed().stream().map(file -> read(file.path())).toList();
        List<String> names = committedNames();
        committed().clear();
        deleteAll();
        writer(settings).write(records(0, 10), NOW.plusSeconds(3600));
        assertThat(committedNames()).isEqualTo(names);
        assertThat(committed().stream().map(file -> read(file.path())).toList()).containsExactlyElementsOf(first);
    }

    @Test
    void failedCommitLeavesNoFileAndReportsThePartition() throws IOException {
        CommitHook failAtSync = (step, partition) -> {
            if (step == CommitStep.SYNCED) {
                throw new IOException("disk full");
            }
        };
        try (FileCommitter failing = new FileCommitter(failAtSync, files::add)) {
            PartitionWriter writer = new PartitionWriter(TP, root, new LineEncoder(settings()), settings(), failing);
            writer.write(records(0, 2), NOW);
            writer.commit();
            failing.awaitAll();
            assertThat(failing.failures().get(TP)).hasMessage("disk full");
        }
        assertThat(files).isEmpty();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private SinkSettings settings() {
        return SinkSettings.defaults("127.0.0.1:9092", Topics.defaults()).withOutDir(root);
    }

    private PartitionWriter writer(SinkSettings settings) {
        return new PartitionWriter(TP, root, new LineEncoder(settings), settings, committer);
    }

    private static List<ConsumerRecord<byte[], byte[]>> records(long from, long to) {
        return LongStream.range(from, to)
                .mapToObj(offset -> record(
                        TP.topic(), 0, offset, "k" + offset, "{\"n\":" + offset + ",\"pad\":\"xxxxxxxxxxxxxxxxxxxx\"}"))
                .toList();
    }

    private List<String> committedNames() {
        return committed().stream().map(file -> file.name().fileName()).toList();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void deleteAll() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }
}
