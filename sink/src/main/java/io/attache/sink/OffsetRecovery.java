package io.attache.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads where each partition stands from the committed files alone: the next offset of a partition is
 * one past the highest last offset in any committed file name under {@code <root>/<topic>/}, whatever the
 * folders. Leftover temporary files of those partitions are deleted, since their records were never
 * committed and will be read again.
 */
final class OffsetRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(OffsetRecovery.class);

    private final Path root;

    OffsetRecovery(Path root) {
        this.root = root;
    }

    /**
     * The next offset to read for each partition that has committed files; partitions without any are
     * absent (read them from the beginning).
     */
    Map<TopicPartition, Long> recover(Collection<TopicPartition> partitions) throws IOException {
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<String, List<TopicPartition>> byTopic = new HashMap<>();
        partitions.forEach(tp ->
                byTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp));
        for (Map.Entry<String, List<TopicPartition>> topic : byTopic.entrySet()) {
            Path topicDir = root.resolve(topic.getKey());
            if (Files.isDirectory(topicDir)) {
                scan(topicDir, topic.getValue(), next);
            }
        }
        return next;
    }

    private static void scan(Path topicDir, List<TopicPartition> partitions, Map<TopicPartition, Long> next)
            throws IOException {
        try (Stream<Path> files = Files.walk(topicDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                for (TopicPartition tp : partitions) {
                    if (isTemporaryOf(name, tp)) {
                        Files.deleteIfExists(file);
                        LOG.info("Deleted uncommitted temporary file {}; its records are read again", file);
                    }
                }
                SinkFileName.parse(name)
                        .filter(parsed -> partitions.contains(new TopicPartition(parsed.topic(), parsed.partition())))
                        .ifPresent(parsed -> next.merge(
                                new TopicPartition(parsed.topic(), parsed.partition()),
                                parsed.nextOffset(),
                                Math::max));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isTemporaryOf(String name, TopicPartition tp) {
        return name.startsWith("." + SinkFileName.temporaryPrefix(tp.topic(), tp.partition()))
                && name.endsWith(SinkFileName.TEMP_SUFFIX);
    }
}
