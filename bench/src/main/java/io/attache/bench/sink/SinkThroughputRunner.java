package io.attache.bench.sink;

import io.attache.bench.ScratchDirectory;
import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.model.Article;
import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Evidence;
import io.attache.model.FeedRef;
import io.attache.model.Json;
import io.attache.model.LanguageSource;
import io.attache.model.SourceType;
import io.attache.model.TextSource;
import io.attache.model.ThemeTag;
import io.attache.model.Topics;
import io.attache.sink.Rotation;
import io.attache.sink.SinkService;
import io.attache.sink.SinkSettings;
import io.attache.sink.TopicSelection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.file.FileStreamSinkConnector;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * Side-by-side write rate of one topic of enriched articles to files, in one process and one run:
 * a bare consumer appending values to one file (the ceiling), Kafka Connect's FileStreamSinkConnector
 * (standalone, in-process) and Attaché's {@link SinkService}. Each reads the whole topic with its own
 * consumer group; the clock runs from start (group join included) until the last byte is on disk. All
 * three run once per round, in rotating order; the median of the rounds is the figure to quote.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.attache.bench.sink.SinkThroughputRunner [records] [partitions] [rounds]</pre>
 */
public final class SinkThroughputRunner {
    private static final int MAX_POLL_RECORDS = 2000;
    private static final String BARE = "bare consumer";

    private SinkThroughputRunner() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (ScratchDirectory scratch = ScratchDirectory.create("attache-sink-bench");
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(
                                scratch.path().resolve("broker"), 0)
                        .start()) {
            Path work = scratch.path();
            String topic = Topics.defaults().enriched();
            long valueBytes = produce(broker.bootstrapServers(), topic, partitions, records);
            System.out.printf(
                    "Topic %s: %d records, %d partitions, %.1f MB of values%n",
                    topic, records, partitions, valueBytes / 1e6);
            Map<String, List<Long>> nanosByWriter = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Path dir = Files.createDirectories(work.resolve("round-" + round));
                String id = "-" + round;
                List<Contender> order = new ArrayList<>(List.of(
                        () -> bareConsumer(broker.bootstrapServers(), topic, dir.resolve("bare.jsonl"), records, id),
                        () -> fileStreamSink(broker.bootstrapServers(), topic, dir, valueBytes + records, id),
                        () -> attacheSink(broker.bootstrapServers(), topic, dir.resolve("attache"), records, id)));
                Collections.rotate(order, round - 1); // each writer goes first, second and last in turn
                List<Result> results = new ArrayList<>();
                for (Contender contender : order) {
                    results.add(contender.run());
                }
                results.sort(Comparator.comparing(Result::name));
                results.forEach(r -> nanosByWriter
                        .computeIfAbsent(r.name(), k -> new ArrayList<>())
                        .add(r.nanos()));
                print("Round " + round, results, records, valueBytes);
            }
            List<Result> medians = new ArrayList<>();
            nanosByWriter.forEach((name, nanos) -> medians.add(new Result(name, median(nanos))));
            print("Median of " + rounds + " rounds", medians, records, valueBytes);
        }
    }

    /** One writer's timed pass over the whole topic. */
    @FunctionalInterface
    private interface Contender {
        Result run() throws Exception;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String title, List<Result> results, int records, long valueBytes) {
        long ceiling = results.stream()
                .filter(r -> r.name().startsWith(BARE))
                .findFirst()
                .orElseThrow()
                .nanos();
        System.out.printf("%n%s%n| writer | records/s | MB/s (values) | vs ceiling |%n|---|---:|---:|---:|%n", title);
        for (Result result : results) {
            double seconds = result.nanos() / 1e9;
            System.out.printf(
                    "| %s | %,.0f | %.1f | %.0f%% |%n",
                    result.name(), records / seconds, valueBytes / 1e6 / seconds, 100.0 * ceiling / result.nanos());
        }
    }

    private record Result(String name, long nanos) {}

    /** The ceiling: one consumer, one file, values and newlines, one fsync at the end. */
    private static Result bareConsumer(String bootstrap, String topic, Path file, long records, String id)
            throws IOException {
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap, "bench-bare" + id);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
            consumer.subscribe(List.of(topic));
            long seen = 0;
            while (seen < records) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    out.write(record.value());
                    out.write('\n');
                    seen++;
                }
            }
            out.flush();
            channel.force(true);
        }
        return new Result(BARE + " → one file (ceiling)", System.nanoTime() - start);
    }

    /** Kafka Connect standalone with FileStreamSinkConnector; done when the file holds every byte. */
    private static Result fileStreamSink(String bootstrap, String topic, Path work, long expectedBytes, String id)
            throws Exception {
        Path file = work.resolve("connect.txt");
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrap);
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put(
                "offset.storage.file.filename", work.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "10000");
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("plugin.discovery", "only_scan");
        worker.put("consumer.max.poll.records", String.valueOf(MAX_POLL_RECORDS));
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        try {
            Map<String, String> connector = Map.of(
                    "name",
                    "bench-file-sink" + id,
                    "connector.class",
                    FileStreamSinkConnector.class.getName(),
                    "tasks.max",
                    "1",
                    "topics",
                    topic,
                    "file",
                    file.toString());
            long start = System.nanoTime();
            FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
            connect.herder().putConnectorConfig("bench-file-sink" + id, connector, false, created);
            created.get(60, TimeUnit.SECONDS);
            while (!Files.exists(file) || Files.size(file) < expectedBytes) {
                Thread.sleep(5);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return new Result("Kafka Connect FileStreamSinkConnector", System.nanoTime() - start);
        } finally {
            connect.stop();
        }
    }

    /** Attaché's sink with its defaults (10 000 records per file, fsync + rename + commit per file). */
    private static Result attacheSink(String bootstrap, String topic, Path out, long records, String id) {
        SinkSettings settings = SinkSettings.defaults(bootstrap, Topics.defaults())
                .withTopics(TopicSelection.of(topic))
                .withOutDir(out)
                .withGroupId("bench-attache" + id)
                .withRotation(Rotation.defaults());
        long start = System.nanoTime();
        SinkService sink = SinkService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry());
        sink.start();
        Map<TopicPartition, Long> end;
        try (KafkaConsumer<byte[], byte[]> probe = consumer(bootstrap, "bench-probe" + id)) {
            List<TopicPartition> partitions = probe.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            end = probe.endOffsets(partitions);
        }
        while (!sink.hasConsumed(end)) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sink.close();
        long nanos = System.nanoTime() - start;
        if (sink.stats().records() != records) {
            throw new IllegalStateException(
                    "Attaché sink wrote " + sink.stats().records() + " records, expected " + records);
        }
        return new Result("Attaché sink (" + sink.stats().files() + " files, exactly once)", nanos);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Fills the topic with distinct enriched articles of realistic size; returns the bytes of all values. */
    private static long produce(String bootstrap, String topic, int partitions, int records) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get();
        }
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                byte[] value = Json.mapper().writeValueAsBytes(article(i));
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, ("a" + i).getBytes(), value));
            }
            producer.flush();
        }
        return bytes;
    }

    private static EnrichedArticle article(int i) {
        Instant published = Instant.parse("2024-01-10T08:30:00Z").plusSeconds(60L * i);
        Article article = new Article(
                Article.SCHEMA,
                "a" + i,
                "urn:mfa:2024:" + i,
                "https://www.mfa.gov.cn/eng/xw/202401/t" + i + ".html",
                "Wang Yi Holds Talks with Cambodian Foreign Minister, round " + i,
                ("On 10 January, Wang Yi held talks with Prak Sokhonn. Both sides agreed on the Fish and Rice "
                                        + "Corridor and on deeper cooperation in agriculture, trade and infrastructure. ")
                                .repeat(4)
                        + i,
                "Wang Yi held talks with Prak Sokhonn.",
                published,
                false,
                List.of("MFA Press"),
                List.of("Diplomacy", "Cambodia"),
                "en",
                new FeedRef(
                        "cn-mfa",
                        "https://www.mfa.gov.cn/eng/rss.xml",
                        "MFA News",
                        "Ministry of Foreign Affairs",
                        "CHN",
                        SourceType.GOVERNMENT),
                published.plusSeconds(30),
                Long.toHexString(0x9f86d081884c7d65L + i),
                TextSource.PAGE,
                LanguageSource.FEED);
        return new EnrichedArticle(
                article,
                0,
                "",
                Long.toHexString(0x00ff00ff00ff00ffL ^ i),
                List.of(new Dyad(List.of("CHN", "KHM"), 0.93, List.of(new Evidence("Wang Yi", "title", 0, 7)))),
                List.of(new ThemeTag(
                        "agriculture", 0.71, List.of(new Evidence("Fish and Rice Corridor", "text", 83, 105)))),
                published.plusSeconds(31),
                article.id());
    }
}
