package io.attache.app.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.model.Json;
import io.attache.sink.SinkFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Compares the sink's output folder with what the feed world published and with the topics, and lists every
 * way they disagree: an article missing or twice, a dropped copy in the files, a theme file holding another
 * theme, a gap or overlap between a partition's files, a temporary file left, a duplicate notice naming an
 * article that is not in the files.
 */
final class Reconciliation {
    private static final String ENRICHED = "news.enriched";
    private static final String DUPLICATES = "news.duplicates";
    private static final String THEME_PREFIX = "news.theme.";
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    /** One line of a committed file. */
    private record Line(String topic, JsonNode value) {}

    /** One enriched record, as far as the checks need it. */
    private record Enriched(String id, int revision, String text) {}

    private final List<Story> stories;
    private final Map<SinkFileName, List<Line>> files =
            new TreeMap<>((a, b) -> a.fileName().compareTo(b.fileName()));
    private final List<String> problems = new ArrayList<>();

    private Reconciliation(List<Story> stories) {
        this.stories = stories;
    }

    /** The articles the stories should have produced that are not in the files yet (checked while waiting). */
    static List<String> missing(Path out, List<Story> stories) {
        Reconciliation reconciliation = new Reconciliation(stories);
        reconciliation.readFiles(out);
        reconciliation.checkStories();
        return reconciliation.problems;
    }

    /** Every disagreement between the files, the stories and the topics on the broker at {@code bootstrap}. */
    static List<String> check(Path out, List<Story> stories, String bootstrap) {
        Reconciliation reconciliation = new Reconciliation(stories);
        reconciliation.readFiles(out);
        reconciliation.checkStories();
        reconciliation.checkThemes();
        reconciliation.checkOffsets(bootstrap);
        return reconciliation.problems;
    }

    private void readFiles(Path out) {
        if (!Files.isDirectory(out)) {
            problems.add("no output folder " + out);
            return;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    problems.add("temporary file left: " + file);
                    continue;
                }
                if (file.getParent().getFileName().toString().equals("_rejected")) {
                    problems.add("rejected records: " + file);
                    continue;
                }
                SinkFileName parsed =
                        SinkFileName.parse(name).orElseThrow(() -> new AssertionError("not a sink file: " + file));
                files.put(parsed, linesOf(file, parsed.topic()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out, e);
        }
    }

    private static List<Line> linesOf(Path file, String topic) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(new Line(topic, Json.mapper().readTree(text)));
        }
        return lines;
    }

    private Stream<Line> lines(String topic) {
        return files.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .flatMap(e -> e.getValue().stream());
    }

    /**
     * Each original is in the files once per revision ingest saw, ending with its last text; of an original and
     * its near-copy exactly one is in the files, and the other is named in a duplicate notice; every notice
     * names an article that is in the files; nothing else is in the files.
     */
    private void checkStories() {
        Map<String, List<Enriched>> byUrl = lines(ENRICHED)
                .collect(Collectors.groupingBy(
                        line -> line.value().path("url").asText(),
                        Collectors.mapping(
                                line -> new Enriched(
                                        line.value().path("id").asText(),
                                        line.value().path("revision").asInt(),
                                        line.value().path("text").asText()),
                                Collectors.toList())));
        Set<String> enrichedIds =
                byUrl.values().stream().flatMap(List::stream).map(Enriched::id).collect(Collectors.toSet());
        Map<String, List<String>> noticesByUrl = new HashMap<>();
        lines(DUPLICATES).forEach(line -> {
            String url = line.value().path("article").path("url").asText();
            String of = line.value().path("duplicateOf").asText();
            noticesByUrl.computeIfAbsent(url, key -> new ArrayList<>()).add(of);
            if (!enrichedIds.contains(of)) {
                problems.add("duplicate notice for " + url + " names " + of + ", which is not in the files");
            }
        });
        Set<Integer> withNearCopy = stories.stream()
                .filter(s -> s.kind() == Story.Kind.NEAR_COPY)
                .map(Story::copyOf)
                .collect(Collectors.toSet());
        for (Story story : stories) {
            if (story.kind() == Story.Kind.NEAR_COPY) {
                checkCopyPair(stories.get(story.copyOf()), story, byUrl, noticesByUrl);
            } else if (!withNearCopy.contains(story.number())) {
                checkRevisions(story, byUrl.getOrDefault(story.url(), List.of()));
            }
        }
        Set<String> known = stories.stream().map(Story::url).collect(Collectors.toSet());
        byUrl.keySet().stream()
                .filter(url -> !known.contains(url))
                .forEach(url -> problems.add("in the files but never published: " + url));
    }

    private void checkRevisions(Story story, List<Enriched> records) {
        if (records.isEmpty()) {
            problems.add("missing: " + story.url());
            return;
        }
        List<Integer> revisions =
                records.stream().map(Enriched::revision).sorted().toList();
        List<Integer> expected =
                Stream.iterate(0, i -> i + 1).limit(records.size()).toList();
        if (!revisions.equals(expected) || records.size() > story.texts().size()) {
            problems.add(story.url() + " has revisions " + revisions + " in the files; the server published "
                    + story.texts().size() + " texts");
            return;
        }
        Enriched last = records.stream()
                .filter(r -> r.revision() == records.size() - 1)
                .findFirst()
                .orElseThrow();
        if (!words(last.text()).equals(words(story.text()))) {
            problems.add(story.url() + ": its last text is not in the files (last revision " + last.revision() + ")");
        }
    }

    private void checkCopyPair(
            Story original, Story copy, Map<String, List<Enriched>> byUrl, Map<String, List<String>> noticesByUrl) {
        int originals = byUrl.getOrDefault(original.url(), List.of()).size();
        int copies = byUrl.getOrDefault(copy.url(), List.of()).size();
        if (originals + copies != 1) {
            problems.add(original.url() + " and its near-copy " + copy.url() + " are " + originals + " and " + copies
                    + " times in the files; exactly one of them should be");
            return;
        }
        String dropped = originals == 1 ? copy.url() : original.url();
        if (!noticesByUrl.containsKey(dropped)) {
            problems.add("no duplicate notice for the dropped copy " + dropped);
        }
    }

    /** Every record of a {@code news.theme.<id>} file carries theme {@code <id>}. */
    private void checkThemes() {
        files.forEach((name, lines) -> {
            if (!name.topic().startsWith(THEME_PREFIX)) {
                return;
            }
            String theme = name.topic().substring(THEME_PREFIX.length());
            for (Line line : lines) {
                Set<String> themes = new HashSet<>();
                line.value().path("themes").forEach(t -> themes.add(t.path("id").asText()));
                if (!themes.contains(theme)) {
                    problems.add(name.fileName() + " holds "
                            + line.value().path("url").asText() + " with themes " + themes);
                }
            }
        });
    }

    /**
     * Per partition, the files' offset ranges do not overlap and together hold every committed record of the
     * topic exactly once: each file's line count is the number of the topic's records within its range.
     */
    private void checkOffsets(String bootstrap) {
        Map<TopicPartition, TreeSet<Long>> offsets = committedOffsets(bootstrap);
        Map<TopicPartition, List<SinkFileName>> byPartition = files.keySet().stream()
                .collect(Collectors.groupingBy(name -> new TopicPartition(name.topic(), name.partition())));
        for (Map.Entry<TopicPartition, TreeSet<Long>> partition : offsets.entrySet()) {
            TreeSet<Long> topicOffsets = partition.getValue();
            List<SinkFileName> names = byPartition.getOrDefault(partition.getKey(), List.of()).stream()
                    .sorted((a, b) -> Long.compare(a.firstOffset(), b.firstOffset()))
                    .toList();
            long covered = 0;
            long previousLast = -1;
            for (SinkFileName name : names) {
                if (name.firstOffset() <= previousLast) {
                    problems.add(name.fileName() + " overlaps the file before it (which ends at " + previousLast + ")");
                }
                int inRange = topicOffsets
                        .subSet(name.firstOffset(), true, name.lastOffset(), true)
                        .size();
                int lines = files.get(name).size();
                if (inRange != lines) {
                    problems.add(name.fileName() + " has " + lines + " lines; the topic has " + inRange
                            + " records in its range");
                }
                covered += inRange;
                previousLast = name.lastOffset();
            }
            if (covered != topicOffsets.size()) {
                problems.add(partition.getKey() + ": the files hold " + covered + " of the topic's "
                        + topicOffsets.size() + " records (a gap between files)");
            }
        }
    }

    /** The offsets of every committed record of the topics the sink writes, per partition. */
    private static Map<TopicPartition, TreeSet<Long>> committedOffsets(String bootstrap) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(READ_TIMEOUT).entrySet().stream()
                    .filter(e -> e.getKey().equals(ENRICHED)
                            || e.getKey().equals(DUPLICATES)
                            || e.getKey().startsWith(THEME_PREFIX))
                    .flatMap(e -> partitionsOf(e.getValue()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, TreeSet<Long>> offsets = new HashMap<>();
            partitions.forEach(tp -> offsets.put(tp, new TreeSet<>()));
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (!readTo(consumer, end) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        offsets.get(new TopicPartition(record.topic(), record.partition()))
                                .add(record.offset());
                    }
                }
            }
            if (!readTo(consumer, end)) {
                throw new AssertionError("could not read the topics to their end within " + READ_TIMEOUT);
            }
            return offsets;
        }
    }

    private static Stream<TopicPartition> partitionsOf(Collection<PartitionInfo> infos) {
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition()));
    }

    private static boolean readTo(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }
}
