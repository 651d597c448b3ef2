package io.attache.app;

import static io.attache.app.view.ViewRecords.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.app.view.ViewRecords;
import io.attache.model.EnrichedArticle;
import io.attache.model.Json;
import io.attache.model.Story;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code attache tail --no-follow} over topics written as enrich writes them, on a real broker. */
class TailCommandIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Instant NOW = Instant.now();
    private static String prefix;

    @BeforeAll
    static void writeTopics() throws Exception {
        prefix = KAFKA.uniqueName("tail");
        Topics topics = new Topics(prefix);
        KAFKA.createTopics(
                2, topics.enriched(), topics.theme("agriculture"), topics.dyad("CHN", "KHM"), topics.stories());
        EnrichedArticle old = article("old", NOW.minus(Duration.ofDays(3)), List.of("CHN-KHM"), List.of("agriculture"));
        EnrichedArticle recent = article(
                "recent",
                "Rice\u001b[31m talks",
                NOW,
                "cn-mfa",
                io.attache.model.SourceType.GOVERNMENT,
                "en",
                List.of("CHN-KHM"),
                List.of("agriculture", "trade"));
        EnrichedArticle laos = article("laos", NOW, List.of("CHN-LAO"), List.of("infrastructure"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            // Record times as enrich would have written them: the old article three days ago.
            for (String topic : List.of(topics.enriched(), topics.theme("agriculture"), topics.dyad("CHN", "KHM"))) {
                send(producer, topic, old, NOW.minus(Duration.ofDays(3)));
                send(producer, topic, recent, NOW);
            }
            send(producer, topics.enriched(), laos, NOW);
            Story story =
                    ViewRecords.story("recent", List.of("CHN", "KHM"), NOW, "Rice talks", List.of("recent", "r2"));
            producer.send(new ProducerRecord<>(
                    topics.stories(),
                    null,
                    NOW.toEpochMilli(),
                    story.id(),
                    Json.mapper().writeValueAsBytes(story)));
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, EnrichedArticle e, Instant at)
            throws Exception {
        producer.send(new ProducerRecord<>(
                topic, null, at.toEpochMilli(), e.article().id(), Json.mapper().writeValueAsBytes(e)));
    }

    private static CommandRun tail(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "tail", "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic-prefix", prefix, "--no-follow"));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void aThemesTopicIsPrintedALinePerRecordSinceTheGivenTime() {
        CommandRun run = tail("--theme", "agriculture", "--since", "24h");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("CHN-KHM", "agriculture,trade", "cn-mfa", "Rice [31m talks")
                        .doesNotContain("\u001b"));
    }

    @Test
    void aLongerLookBackReachesOlderRecords() {
        CommandRun run = tail("--dyad", "KHM-CHN", "--since", "7d");

        assertThat(run.out().lines())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).endsWith("Title of old"));
    }

    @Test
    void withoutATagEveryEnrichedRecordIsPrinted() {
        CommandRun run = tail("--since", "24h");

        assertThat(run.out().lines())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("CHN-LAO"));
    }

    @Test
    void jsonPrintsEachRecordAsItIsOnTheTopic() throws Exception {
        CommandRun run = tail("--theme", "agriculture", "--since", "24h", "--json");

        EnrichedArticle printed = Json.mapper().readValue(run.out().strip(), EnrichedArticle.class);
        assertThat(printed.article().id()).isEqualTo("recent");
    }

    @Test
    void storiesArePrintedWithTheirPairReportsAndPublishers() {
        CommandRun run = tail("--stories");

        assertThat(run.out().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("CHN-KHM", "2 reports from Publisher A, Publisher B", "Rice talks", "[recent]"));
    }

    @Test
    void aPairNotWatchedIsAUserErrorNamingTheTopic() {
        CommandRun run = tail("--dyad", "FRA-DEU");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(prefix + ".dyad.DEU-FRA does not exist");
    }
}
