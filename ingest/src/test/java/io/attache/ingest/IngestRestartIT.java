package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.model.Article;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.attache.testkit.FreePorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker that goes away mid-run: nothing is lost, nothing is published twice. */
class IngestRestartIT {
    @TempDir
    Path dataDir;

    @Test
    void brokerRestartMidPublishLosesNoArticleAndRepublishesNone() throws Exception {
        AtomicInteger entries = new AtomicInteger(3);
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.on(
                    "/rss",
                    exchange -> LocalHttpServer.send(
                            exchange,
                            200,
                            SampleFeeds.rss(server.base(), entries.get()).getBytes(StandardCharsets.UTF_8)));
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, 0).start();
            String bootstrap = broker.bootstrapServers();
            int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            Topics topics = new Topics("restart");
            IngestSettings settings = new IngestSettings(
                    List.of(FeedConfig.of("mfa", server.url("/rss"))),
                    bootstrap,
                    topics,
                    FetchLimits.defaults(),
                    1,
                    (short) 1);

            try (IngestService ingest = IngestService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
                assertThat(ingest.pollOnce().totalPublished()).isEqualTo(3);

                broker.close();
                entries.set(5);
                CompletableFuture<PollReport> duringOutage = CompletableFuture.supplyAsync(ingest::pollOnce);
                // The poll keeps waiting for the broker: still not done after three seconds of outage.
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> !duringOutage.isDone());
                broker = EmbeddedKafkaBroker.at(dataDir, port).start();

                PollReport afterRestart = duringOutage.get(120, TimeUnit.SECONDS);
                assertThat(afterRestart.results().get(0).outcome()).isEqualTo(FetchOutcome.OK);
                assertThat(afterRestart.totalPublished()).isEqualTo(2);
                assertThat(ingest.pollOnce().totalPublished()).isZero();
            }
            try (IngestService restarted =
                    IngestService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
                assertThat(restarted.pollOnce().totalPublished()).isZero();
            }

            List<Article> articles = readAll(bootstrap, topics.articles());
            broker.close();
            assertThat(articles).hasSize(5);
            assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void kafkaUnreachableAtStartIsWaitedForNotFatal() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/rss", SampleFeeds.rss(server.base(), 2));
            int port = FreePorts.onLoopback();
            Topics topics = new Topics("late");
            IngestSettings settings = new IngestSettings(
                    List.of(FeedConfig.of("mfa", server.url("/rss"))),
                    "127.0.0.1:" + port,
                    topics,
                    FetchLimits.defaults(),
                    1,
                    (short) 1);

            try (IngestService ingest = IngestService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
                CompletableFuture<PollReport> poll = CompletableFuture.supplyAsync(ingest::pollOnce);
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> !poll.isDone());
                try (EmbeddedKafkaBroker broker =
                        EmbeddedKafkaBroker.at(dataDir, port).start()) {
                    assertThat(poll.get(120, TimeUnit.SECONDS).totalPublished()).isEqualTo(2);
                    assertThat(readAll(broker.bootstrapServers(), topics.articles()))
                            .hasSize(2);
                }
            }
        }
    }

    private static List<Article> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<Article> articles = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    articles.add(RecordSerdes.article().fromBytes(topic, record.value()));
                }
            }
            return articles;
        }
    }
}
