package io.attache.enrich;

import static io.attache.enrich.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.dedupe.SimHash;
import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases with their syndicated copies, mirrors, repeats and revisions, shuffled, through the real topology: whatever
 * the order, every release is published under exactly one id, every article read has exactly one outcome, and every
 * dropped copy names an article that was published, of the same release.
 */
class ShuffledCopiesTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:00:00Z");
    private static final Topics TOPICS = Topics.defaults();
    private static final int RELEASES = 12;
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ren", "sta", "vo", "pra", "tel", "su", "nor", "da", "fi", "gan", "be"
    };

    @TempDir
    Path stateDir;

    /** One article read, and the release it is a version of. */
    private record Read(Article article, int release) {}

    @RepeatedTest(10)
    void everyReleaseIsPublishedOnceAndEveryDroppedCopyNamesAPublishedArticleOfItsRelease(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Read> reads = new ArrayList<>();
        List<Long> fingerprints = new ArrayList<>();
        for (int release = 0; release < RELEASES; release++) {
            String text = releaseText(random, release);
            fingerprints.add(SimHash.of("Release", text));
            assertThat(SimHash.distance(SimHash.of("Release", text), SimHash.of("Xinhua | Release", text)))
                    .as("syndicated copy's distance")
                    .isLessThanOrEqualTo(3);
            reads.addAll(versions(release, "Release", text));
        }
        assertThat(closestPair(fingerprints)).as("releases are far apart").isGreaterThan(3);
        Collections.shuffle(reads, random);

        Map<String, Integer> releaseOf = new HashMap<>();
        reads.forEach(read -> releaseOf.put(read.article().id(), read.release()));
        List<EnrichedArticle> enriched = new ArrayList<>();
        List<DuplicateNotice> duplicates = new ArrayList<>();
        run(reads, enriched, duplicates);

        assertThat(enriched.size() + duplicates.size())
                .as("one outcome per article read")
                .isEqualTo(reads.size());
        assertThat(enriched)
                .extracting(e -> e.article().id() + "#" + e.revision())
                .doesNotHaveDuplicates();
        Map<Integer, Set<String>> publishedIds = new HashMap<>();
        enriched.forEach(e -> publishedIds
                .computeIfAbsent(releaseOf.get(e.article().id()), r -> new HashSet<>())
                .add(e.article().id()));
        for (int release = 0; release < RELEASES; release++) {
            assertThat(publishedIds.get(release))
                    .as("ids published for release %d", release)
                    .hasSize(1);
        }
        assertThat(duplicates)
                .allSatisfy(notice -> assertThat(
                                publishedIds.get(releaseOf.get(notice.article().id())))
                        .as("published copy named by %s", notice.article().id())
                        .contains(notice.duplicateOf()));
        assertThat(duplicates)
                .filteredOn(notice -> notice.reason() == DuplicateReason.SAME_URL)
                .hasSize(repeats(reads));
    }

    /**
     * A release's versions: the original, a syndicated copy (with the agency's name) and a mirror under other ids, a revision of the original
     * (a number changed: another text, the same fingerprint), and a repeat of each.
     */
    private static List<Read> versions(int release, String title, String text) {
        String id = "r" + release;
        List<Article> versions = List.of(
                article(id + "-orig", title, text),
                article(id + "-copy", "Xinhua | " + title, text),
                article(id + "-mirror", title, text),
                article(id + "-orig", title, text.replace(" 17 ", " 18 ")));
        List<Read> reads = new ArrayList<>();
        for (Article version : versions) {
            reads.add(new Read(version, release));
            reads.add(new Read(version, release));
        }
        return reads;
    }

    /**
     * 400 words with a number among them, drawn from the release's own 40 pseudo-words, some far more often than others
     * as in real text: one word more or less moves such a fingerprint by a bit or two, and two releases stay far apart.
     */
    private static String releaseText(Random random, int release) {
        List<String> vocabulary = new ArrayList<>();
        for (int w = 0; w < 40; w++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, syllables = 2 + random.nextInt(2); s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(word.toString());
        }
        StringBuilder text = new StringBuilder("Bulletin ").append(release).append(" reference 17 ");
        for (int w = 0; w < 400; w++) {
            double skewed = random.nextDouble();
            text.append(vocabulary.get((int) (vocabulary.size() * skewed * skewed)))
                    .append(' ');
        }
        return text.toString();
    }

    private static int closestPair(List<Long> fingerprints) {
        int closest = 64;
        for (int i = 0; i < fingerprints.size(); i++) {
            for (int j = i + 1; j < fingerprints.size(); j++) {
                closest = Math.min(closest, SimHash.distance(fingerprints.get(i), fingerprints.get(j)));
            }
        }
        return closest;
    }

    /** Reads whose id was last read with the same text: the ledger's {@code same_url} repeats. */
    private static int repeats(List<Read> reads) {
        Map<String, String> lastText = new HashMap<>();
        int repeats = 0;
        for (Read read : reads) {
            String previous = lastText.put(read.article().id(), read.article().contentHash());
            repeats += read.article().contentHash().equals(previous) ? 1 : 0;
        }
        return repeats;
    }

    private void run(List<Read> reads, List<EnrichedArticle> enriched, List<DuplicateNotice> duplicates) {
        EnrichSettings settings = EnrichSettings.defaults("127.0.0.1:9").withApplicationId("shuffle-test", stateDir);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver =
                new TopologyTestDriver(EnrichTopology.build(settings, Clock.fixed(T0, ZoneOffset.UTC)), props)) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic(
                    TOPICS.articles(),
                    Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            for (int i = 0; i < reads.size(); i++) {
                Article article = reads.get(i).article();
                input.pipeInput(new TestRecord<>(
                        article.id(), RecordSerdes.article().toBytes("t", article), T0.plusSeconds(i)));
            }
            enriched.addAll(driver.createOutputTopic(
                            TOPICS.enriched(),
                            Serdes.String().deserializer(),
                            RecordSerdes.enriched().deserializer())
                    .readValuesToList());
            duplicates.addAll(driver.createOutputTopic(
                            TOPICS.duplicates(),
                            Serdes.String().deserializer(),
                            RecordSerdes.duplicate().deserializer())
                    .readValuesToList());
        }
    }
}
