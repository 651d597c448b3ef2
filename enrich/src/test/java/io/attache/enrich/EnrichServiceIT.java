package io.attache.enrich;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static io.attache.enrich.TestArticles.article;
import static io.attache.enrich.TestArticles.syndicatedCopy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.Story;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Enrichment instances on a real broker: two sharing the input partitions, and one taking over from another. */
class EnrichServiceIT {
    private static final int PARTITIONS = 4;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path stateDir;

    @Test
    void twoInstancesCatchNearDuplicatesAcrossPartitionsAndEnrichEachUniqueArticleOnce() {
        Topics topics = new Topics(KAFKA.uniqueName("it"));
        EnrichSettings settings = settings(topics, "one");
        Clock clock = Clock.systemUTC();
        try (EnrichService one = EnrichService.create(settings, clock, new SimpleMeterRegistry());
                EnrichService two = EnrichService.create(
                        settings.withApplicationId(settings.applicationId(), stateDir.resolve("two")),
                        clock,
                        new SimpleMeterRegistry())) {
            one.start();
            two.start();

            Article original = article("orig-0", TestArticles.RELEASE_TITLE, RELEASE_TEXT);
            List<Article> uniques = new ArrayList<>(List.of(original));
            List<String> others = List.of(
                    "Heavy rainfall is expected across the northern highlands this weekend, forecasters warned.",
                    "The finance ministry published its mid-year budget review with revised revenue estimates.",
                    "A new railway line linking the capital with the coast opened to passengers on Monday.",
                    "Health authorities began a vaccination campaign against measles in rural districts.",
                    "Two weather satellites were launched from the spaceport and reached their planned orbits.",
                    "Port operators reported record container volumes during the third quarter of the year.",
                    "The national museum reopened its ceramics gallery after a two-year restoration.");
            for (int i = 0; i < others.size(); i++) {
                uniques.add(article("unique-" + i, "Bulletin " + i, others.get(i)));
            }
            // The copies arrive together with the original, on other partitions: all three are in flight at once.
            Article nearCopy = syndicatedCopy(idOnAnotherPartition("copy", original.id()), original.published());
            Article sameText =
                    article(idOnAnotherPartition("mirror", original.id()), original.title(), original.text());
            List<Article> batch = new ArrayList<>(uniques);
            batch.add(nearCopy);
            batch.add(sameText);
            produce(topics, batch);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.enriched()).size()
                                    + read(topics.duplicates()).size()
                            == batch.size());

            List<String> enrichedIds = read(topics.enriched()).stream()
                    .map(r -> RecordSerdes.enriched().fromBytes("", r.value()))
                    .map(EnrichedArticle::article)
                    .map(Article::id)
                    .toList();
            List<String> cluster = List.of(original.id(), nearCopy.id(), sameText.id());
            List<String> winners =
                    enrichedIds.stream().filter(cluster::contains).toList();
            assertThat(winners)
                    .as("exactly one copy of the release is enriched")
                    .hasSize(1);
            String winner = winners.get(0);
            assertThat(enrichedIds)
                    .containsExactlyInAnyOrderElementsOf(batch.stream()
                            .map(Article::id)
                            .filter(id -> !cluster.contains(id) || id.equals(winner))
                            .toList());

            Map<String, DuplicateNotice> duplicates = new LinkedHashMap<>();
            read(topics.duplicates())
                    .forEach(
                            r -> duplicates.put(key(r), RecordSerdes.duplicate().fromBytes("", r.value())));
            assertThat(duplicates.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            cluster.stream().filter(id -> !id.equals(winner)).toList());
            assertThat(duplicates.values()).allSatisfy(notice -> {
                assertThat(notice.duplicateOf()).isEqualTo(winner);
                assertThat(notice.reason()).isIn(DuplicateReason.NEAR_DUPLICATE, DuplicateReason.SAME_CONTENT);
            });

            // The winner read again is a same_url duplicate of itself; nothing new is enriched.
            Article again = batch.stream()
                    .filter(a -> a.id().equals(winner))
                    .findFirst()
                    .orElseThrow();
            produce(topics, List.of(again));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.duplicates()).size() == 3);
            assertThat(RecordSerdes.duplicate()
                            .fromBytes(
                                    "",
                                    read(topics.duplicates()).stream()
                                            .filter(r -> key(r).equals(winner))
                                            .findFirst()
                                            .orElseThrow()
                                            .value())
                            .reason())
                    .isEqualTo(DuplicateReason.SAME_URL);
            assertThat(read(topics.enriched())).hasSize(enrichedIds.size());
        }
    }

    @Test
    void anInstanceStartedOnAnEmptyStateDirectoryRebuildsTheFingerprintIndexFromItsChangelog() {
        Topics topics = new Topics(KAFKA.uniqueName("it"));
        EnrichSettings settings = settings(topics, "first");
        Article original = article("orig-0", TestArticles.RELEASE_TITLE, RELEASE_TEXT);
        try (EnrichService first = EnrichService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
            first.start();
            produce(topics, List.of(original));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.enriched()).size() == 1);
        }

        // Another machine, nothing on disk: the index exists only in the changelog until the task rebuilds it.
        EnrichSettings elsewhere = settings.withApplicationId(settings.applicationId(), stateDir.resolve("second"));
        try (EnrichService second = EnrichService.create(elsewhere, Clock.systemUTC(), new SimpleMeterRegistry())) {
            second.start();
            Article copy = syndicatedCopy(idOnAnotherPartition("copy", original.id()), original.published());
            produce(topics, List.of(copy));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.duplicates()).size() == 1);

            DuplicateNotice notice = RecordSerdes.duplicate()
                    .fromBytes("", read(topics.duplicates()).get(0).value());
            assertThat(notice.article().id()).isEqualTo(copy.id());
            assertThat(notice.reason()).isEqualTo(DuplicateReason.NEAR_DUPLICATE);
            assertThat(notice.duplicateOf()).isEqualTo(original.id());
            assertThat(read(topics.enriched())).hasSize(1);
        }
    }

    @Test
    void anInstanceStartedOnAnEmptyStateDirectoryKeepsTheStoriesOfItsChangelog() {
        Topics topics = new Topics(KAFKA.uniqueName("it"));
        EnrichSettings settings = settings(topics, "first");
        Article release = article("release", TestArticles.RELEASE_TITLE, RELEASE_TEXT);
        try (EnrichService first = EnrichService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
            first.start();
            produce(topics, List.of(release));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.enriched()).size() == 1);
        }

        // Another machine, nothing on disk: the story exists only in the changelog until the task restores it.
        EnrichSettings elsewhere = settings.withApplicationId(settings.applicationId(), stateDir.resolve("second"));
        try (EnrichService second = EnrichService.create(elsewhere, Clock.systemUTC(), new SimpleMeterRegistry())) {
            second.start();
            Article report = article(
                    "report",
                    "Prak Sokhonn meets Wang Yi in Beijing; Funan Techo Canal on the agenda",
                    "Deputy Prime Minister Prak Sokhonn met Chinese Foreign Minister Wang Yi in Beijing. The ministers "
                            + "discussed the Funan Techo Canal and the Fish and Rice Corridor.",
                    release.published().plus(Duration.ofHours(5)));
            produce(topics, List.of(report));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(topics.enriched()).size() == 2);

            assertThat(read(topics.enriched()))
                    .extracting(r ->
                            RecordSerdes.enriched().fromBytes("", r.value()).storyId())
                    .containsOnly("release");
            List<Story> versions = read(topics.stories()).stream()
                    .map(r -> RecordSerdes.story().fromBytes("", r.value()))
                    .toList();
            assertThat(versions).extracting(Story::reports).containsExactly(1, 2);
            assertThat(versions.get(1).reportIds()).containsExactly("release", "report");
        }
    }

    @Test
    void theStoriesTopicIsCreatedCompactedAndDeletedAfterTheRetention() throws Exception {
        Topics topics = new Topics(KAFKA.uniqueName("it"));
        try (EnrichService service = EnrichService.create(
                        settings(topics, "compacted"), Clock.systemUTC(), new SimpleMeterRegistry());
                Admin admin = KAFKA.admin()) {
            service.start();

            ConfigResource stories = new ConfigResource(ConfigResource.Type.TOPIC, topics.stories());
            Config config = admin.describeConfigs(List.of(stories)).all().get().get(stories);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);
        }
    }

    @Test
    void startRefusesACopyCheckTopicOfMoreThanOnePartition() {
        Topics topics = new Topics(KAFKA.uniqueName("it"));
        EnrichSettings settings = settings(topics, "refused");
        KAFKA.createTopics(2, settings.copyCheckTopic());

        try (EnrichService service = EnrichService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
            assertThatThrownBy(service::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(settings.copyCheckTopic() + " must have exactly one partition");
        }
    }

    /** Settings for a new application on {@code topics}, its state under {@code stateDirName}. */
    private EnrichSettings settings(Topics topics, String stateDirName) {
        return EnrichSettings.defaults(KAFKA.bootstrapServers())
                .withTopics(topics)
                .withApplicationId(KAFKA.uniqueName("enrich"), stateDir.resolve(stateDirName))
                .withPartitions(PARTITIONS);
    }

    private static String idOnAnotherPartition(String base, String originalId) {
        for (int i = 0; ; i++) {
            String id = base + "-" + i;
            if (partitionOf(id) != partitionOf(originalId)) {
                return id;
            }
        }
    }

    private static int partitionOf(String id) {
        return Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static void produce(Topics topics, List<Article> articles) {
        Map<byte[], byte[]> records = new LinkedHashMap<>();
        for (Article article : articles) {
            records.put(
                    article.id().getBytes(StandardCharsets.UTF_8),
                    RecordSerdes.article().toBytes(topics.articles(), article));
        }
        KAFKA.produce(topics.articles(), records);
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(String topic) {
        return KAFKA.readAll(List.of(topic), Duration.ofSeconds(10));
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }
}
