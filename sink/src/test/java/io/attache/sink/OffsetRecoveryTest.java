package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetRecoveryTest {
    private static final TopicPartition P0 = new TopicPartition("news.enriched", 0);
    private static final TopicPartition P1 = new TopicPartition("news.enriched", 1);

    @TempDir
    Path root;

    @Test
    void nextOffsetFollowsTheHighestCommittedFileInAnyFolder() throws IOException {
        touch("news.enriched/theme=a/dt=2024-01-01", new SinkFileName("news.enriched", 0, 0, 9, false).fileName());
        touch("news.enriched/theme=b/dt=2024-01-02", new SinkFileName("news.enriched", 0, 10, 24, false).fileName());
        touch("news.enriched/_rejected", new SinkFileName("news.enriched", 0, 25, 25, false).fileName());
        touch("news.enriched/theme=a/dt=2024-01-01", new SinkFileName("news.enriched", 1, 0, 99, true).fileName());
        assertThat(new OffsetRecovery(root).recover(List.of(P0, P1))).isEqualTo(Map.of(P0, 26L, P1, 100L));
    }

    @Test
    void partitionWithoutFilesHasNoOffset() throws IOException {
        touch("news.enriched/partition=1", new SinkFileName("news.enriched", 1, 0, 5, false).fileName());
        assertThat(new OffsetRecovery(root).recover(List.of(P0))).isEmpty();
    }

    @Test
    void temporaryFilesOfRecoveredPartitionsAreDeletedAndOthersKept() throws IOException {
        Path mine = touch("news.enriched/partition=0", SinkFileName.temporaryName("news.enriched", 0, 10));
        Path other = touch("news.enriched/partition=1", SinkFileName.temporaryName("news.enriched", 1, 10));
        new OffsetRecovery(root).recover(List.of(P0));
        assertThat(mine).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void temporaryFilesDoNotCountAsCommitted() throws IOException {
        touch("news.enriched/partition=0", new SinkFileName("news.enriched", 0, 0, 9, false).fileName());
        touch("news.enriched/partition=0", SinkFileName.temporaryName("news.enriched", 0, 10));
        assertThat(new OffsetRecovery(root).recover(List.of(P0))).isEqualTo(Map.of(P0, 10L));
    }

    private Path touch(String folder, String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        return Files.writeString(dir.resolve(name), "{}\n");
    }
}
