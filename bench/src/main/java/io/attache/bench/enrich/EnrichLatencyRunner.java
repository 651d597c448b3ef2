package io.attache.bench.enrich;

import io.attache.bench.ScratchDirectory;
import io.attache.bench.enrich.banded.BandedTopology;
import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.enrich.EnrichSettings;
import io.attache.enrich.EnrichTopology;
import io.attache.model.Article;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The time an article takes from {@code news.articles} to {@code news.enriched} at a steady, low rate, as a user sees
 * it: articles are written at {@code rate} per second, and each enriched record is timed from its input record's
 * timestamp (the producer's send time, which Kafka Streams carries to the output) to the moment a {@code read_committed}
 * consumer receives it. Exactly-once, Streams' defaults (100 ms commit interval), one embedded broker, two partitions.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.attache.bench.enrich.EnrichLatencyRunner [rate] [seconds] [enrich|banded]
 * [warm-up seconds] [streams.property=value ...]} (defaults: 50 articles/s for 60 s, enrich, 15 s of warm-up at the same
 * rate, not counted; no properties beyond {@code EnrichService}'s).
 */
public final class EnrichLatencyRunner {
    private EnrichLatencyRunner() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String design = args.length > 2 ? args[2] : "enrich";
        int warmUpSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        Properties tuning = new Properties();
        for (int i = 4; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            tuning.put(pair[0], pair[1]);
        }
        try (ScratchDirectory scratch = ScratchDirectory.create("enrich-latency");
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(
                                scratch.path().resolve("broker"), 0)
                        .start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Topics topics = Topics.defaults();
            EnrichSettings settings = EnrichThroughputRunner.settings(
                    broker, topics, "latency-" + design, scratch.path(), StreamsConfig.EXACTLY_ONCE_V2);
            EnrichThroughputRunner.provision(
                    admin, EnrichTopology.publicTopics(settings), EnrichThroughputRunner.PARTITIONS);
            Topology topology;
            if (design.equals("banded")) {
                EnrichThroughputRunner.provision(
                        admin,
                        List.of(BandedTopology.bandsTopic(settings), BandedTopology.answersTopic(settings)),
                        EnrichThroughputRunner.PARTITIONS);
                topology = BandedTopology.build(
                        settings, EnrichThroughputRunner.PARTITIONS, Clock.systemUTC(), new SimpleMeterRegistry());
            } else {
                EnrichThroughputRunner.provision(admin, List.of(settings.copyCheckTopic()), 1);
                topology = EnrichTopology.build(settings, Clock.systemUTC(), new SimpleMeterRegistry());
            }
            List<Long> latencies = measure(topology, settings, broker, rate, warmUpSeconds, seconds, tuning);
            Collections.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "%s %s at %d articles/s for %d s (after %d s warm-up): %d enriched; latency ms p50 %d, p90 %d, "
                            + "p99 %d, max %d%n",
                    design,
                    tuning,
                    rate,
                    seconds,
                    warmUpSeconds,
                    latencies.size(),
                    percentile(latencies, 50),
                    percentile(latencies, 90),
                    percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
    }

    /** Latencies (ms) of the enriched records whose input was written after the warm-up. */
    private static List<Long> measure(
            Topology topology,
            EnrichSettings settings,
            EmbeddedKafkaBroker broker,
            int rate,
            int warmUpSeconds,
            int seconds,
            Properties tuning)
            throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putAll(tuning);
        int total = rate * (warmUpSeconds + seconds);
        List<Article> articles = BenchArticles.articles(total, 2_048, BenchArticles.Mix.TYPICAL);
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        try (KafkaStreams streams = new KafkaStreams(topology, props);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                broker.bootstrapServers(),
                                ProducerConfig.LINGER_MS_CONFIG,
                                0),
                        new ByteArraySerializer(),
                        new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> reader = EnrichThroughputRunner.committedReader(
                        broker.bootstrapServers(), List.of(settings.topics().enriched()))) {
            streams.start();
            while (streams.state() != KafkaStreams.State.RUNNING) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            String input = settings.topics().articles();
            AtomicInteger next = new AtomicInteger();
            long measuredFrom = System.currentTimeMillis() + warmUpSeconds * 1000L;
            sender.scheduleAtFixedRate(
                    () -> {
                        int i = next.getAndIncrement();
                        if (i < total) {
                            Article article = articles.get(i);
                            producer.send(new ProducerRecord<>(
                                    input,
                                    article.id().getBytes(StandardCharsets.UTF_8),
                                    RecordSerdes.article().toBytes(input, article)));
                        }
                    },
                    0,
                    1_000_000L / rate,
                    TimeUnit.MICROSECONDS);
            List<Long> latencies = new ArrayList<>();
            int seen = 0;
            long deadline = System.currentTimeMillis() + (warmUpSeconds + seconds + 60) * 1000L;
            while (seen < total && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(5))) {
                    seen++;
                    if (record.timestamp() >= measuredFrom) {
                        latencies.add(System.currentTimeMillis() - record.timestamp());
                    }
                }
            }
            return latencies;
        } finally {
            sender.shutdownNow();
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
