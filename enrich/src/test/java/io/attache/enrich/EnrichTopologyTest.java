package io.attache.enrich;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static io.attache.enrich.TestArticles.RELEASE_TITLE;
import static io.attache.enrich.TestArticles.article;
import static io.attache.enrich.TestArticles.syndicatedCopy;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.stream.ArticleValidator;
import io.attache.enrich.stream.DeadLetterHeaders;
import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path through the topology, on Kafka Streams' test driver. */
class EnrichTopologyTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-12T10:00:00Z"), ZoneOffset.UTC);
    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    Path stateDir;

    private EnrichDriver run;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> input;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;

    @BeforeEach
    void start() {
        EnrichSettings settings = EnrichSettings.defaults("127.0.0.1:9")
                .withApplicationId("enrich-test", stateDir)
                .withWatchList(List.of("KHM-CHN"));
        run = new EnrichDriver(settings, CLOCK);
        driver = run.driver();
        input = run.input();
        enriched = run.enriched();
        duplicates = run.duplicates();
    }

    @AfterEach
    void stop() {
        run.close();
    }

    /** Pipes one article, read at {@code at}; the driver carries it through the copy-check topic before returning. */
    private void send(Article article, Instant at) {
        run.send(article, at);
    }

    @Test
    void aNewArticleIsEnrichedAsRevisionZeroWithItsTags() {
        send(article("a1", "Wang Yi Holds Talks with Cambodian Foreign Minister", RELEASE_TEXT), T0);

        EnrichedArticle out = enriched.readValue();
        assertThat(out.article().id()).isEqualTo("a1");
        assertThat(out.revision()).isZero();
        assertThat(out.revisionOf()).isEmpty();
        assertThat(out.simhash()).hasSize(16);
        assertThat(out.enrichedAt()).isEqualTo(CLOCK.instant());
        assertThat(out.dyads().get(0).countries()).containsExactly("CHN", "KHM");
        assertThat(out.themes()).extracting(t -> t.id()).contains("agriculture", "political");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aUniqueArticleIsPublishedWithoutWaitingForWallClockTime() {
        send(article("a1", "Wang Yi Holds Talks with Cambodian Foreign Minister", RELEASE_TEXT), T0);

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1");
    }

    @Test
    void undecodableRecordGoesToTheDeadLetterTopicWithItsSource() {
        input.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8), T0);

        TestOutputTopic<byte[], byte[]> dlq = deadLetters();
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead, DeadLetterHeaders.ERROR)).contains("cannot read Article");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(TOPICS.articles());
        assertThat(header(dead, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2, 3]", "\"an article\"", "{\"id\": \"a1\", \"title\": [\"not\", \"text\"]}"})
    void validJsonOfTheWrongShapeIsDeadLetteredAsRead(String value) {
        input.pipeInput("a1", value.getBytes(StandardCharsets.UTF_8), T0);

        TestRecord<byte[], byte[]> dead = deadLetters().readRecord();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(header(dead, DeadLetterHeaders.ERROR)).contains("cannot read Article");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void tenMegabyteValueIsDeadLetteredCutToTheArticleLimitAndProcessingContinues() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        input.pipeInput("huge", huge, T0);
        send(article("a1", "Title", RELEASE_TEXT), T0);

        TestRecord<byte[], byte[]> dead = deadLetters().readRecord();
        assertThat(dead.value()).hasSize(ArticleValidator.MAX_ARTICLE_BYTES);
        assertThat(header(dead, DeadLetterHeaders.ERROR))
                .startsWith("value of 10485760 bytes is over the 524288-byte limit of an article");
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    private TestOutputTopic<byte[], byte[]> deadLetters() {
        return driver.createOutputTopic(
                TOPICS.deadLetters(),
                Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @Test
    void tombstoneIsDeadLetteredAsARecordWithNoValueAndProcessingContinues() {
        input.pipeInput("a0", null, T0);
        send(article("a1", "Title", RELEASE_TEXT), T0);

        TestRecord<byte[], byte[]> dead = deadLetters().readRecord();
        assertThat(dead.value()).isNull();
        assertThat(header(dead, DeadLetterHeaders.ERROR)).contains("record has no value");
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void processingContinuesAfterABadRecord() {
        input.pipeInput("bad", "{}".getBytes(StandardCharsets.UTF_8), T0);
        send(article("a1", "Title", RELEASE_TEXT), T0);

        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void recordKeyedOtherThanByArticleIdIsDeadLettered() {
        Article article = article("a1", "Title", RELEASE_TEXT);
        input.pipeInput("other-key", RecordSerdes.article().toBytes("t", article), T0);

        TestOutputTopic<byte[], byte[]> dlq = deadLetters();
        assertThat(header(dlq.readRecord(), DeadLetterHeaders.ERROR)).contains("is not the article id");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void sameIdWithSameContentIsDroppedAsSameUrl() {
        Article article = article("a1", "Title", RELEASE_TEXT);
        send(article, T0);
        send(article, T0.plus(Duration.ofHours(2)));

        assertThat(enriched.readValuesToList()).hasSize(1);
        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.reason()).isEqualTo(DuplicateReason.SAME_URL);
        assertThat(notice.duplicateOf()).isEqualTo("a1");
        assertThat(notice.distance()).isZero();
        assertThat(notice.detectedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aCopyReadAgainUnderItsUrlNamesTheArticleItWasDroppedFor() {
        send(article("a1", RELEASE_TITLE, RELEASE_TEXT), T0);
        send(syndicatedCopy("a2", T0), T0.plusSeconds(60));
        send(syndicatedCopy("a2", T0), T0.plusSeconds(120));

        List<DuplicateNotice> notices = duplicates.readValuesToList();
        assertThat(notices)
                .extracting(DuplicateNotice::reason)
                .containsExactly(DuplicateReason.NEAR_DUPLICATE, DuplicateReason.SAME_URL);
        assertThat(notices.get(1).duplicateOf()).isEqualTo("a1");
    }

    @Test
    void sameIdWithChangedTextIsARevision() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(article("a1", "Title (corrected)", RELEASE_TEXT.replace("12 March", "13 March")), T0.plusSeconds(600));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::revision).containsExactly(0, 1);
        assertThat(out.get(1).revisionOf()).isEqualTo("a1");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void aRevisionReadMillisecondsAfterTheFirstTextIsPublishedToo() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(article("a1", "Title (corrected)", RELEASE_TEXT.replace("12 March", "13 March")), T0.plusMillis(5));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::revision)
                .containsExactly(0, 1);
    }

    @Test
    void sameIdAfterTheRetentionWindowIsNewAgain() {
        Article article = article("a1", "Title", RELEASE_TEXT);
        send(article, T0);
        send(
                article("filler", "Other", "Unrelated text about rainfall in the highlands and the harvest."),
                T0.plus(Duration.ofDays(20)));
        send(article, T0.plus(Duration.ofDays(31)));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id() + "/" + e.revision())
                .containsExactly("a1/0", "filler/0", "a1/0");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void sameTextUnderAnotherUrlIsDroppedAsSameContent() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(article("a2", "Title", RELEASE_TEXT), T0.plusSeconds(60));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1");
        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.article().id()).isEqualTo("a2");
        assertThat(notice.reason()).isEqualTo(DuplicateReason.SAME_CONTENT);
        assertThat(notice.duplicateOf()).isEqualTo("a1");
    }

    @Test
    void syndicatedCopyWithSmallEditsIsDroppedAsNearDuplicateOfTheFirst() {
        send(article("a1", RELEASE_TITLE, RELEASE_TEXT), T0);
        send(syndicatedCopy("a2", T0), T0.plusSeconds(60));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1");
        assertThat(duplicates.readValue().distance()).isBetween(1, 3);
    }

    @Test
    void ofCopiesReadTogetherTheFirstReadIsPublishedWhateverItsPublicationTime() {
        send(syndicatedCopy("copy", Instant.parse("2024-03-12T09:30:00Z")), T0);
        send(article("orig", RELEASE_TITLE, RELEASE_TEXT, Instant.parse("2024-03-12T08:00:00Z")), T0.plusMillis(5));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("copy");
        DuplicateNotice notice = duplicates.readValue();
        assertThat(List.of(notice.article().id(), notice.reason().name(), notice.duplicateOf()))
                .containsExactly("orig", "NEAR_DUPLICATE", "copy");
    }

    @Test
    void identicalTextsReadTogetherKeepTheFirstAndDropTheOtherAsSameContent() {
        send(article("b-mirror", "Title", RELEASE_TEXT), T0);
        send(article("a-site", "Title", RELEASE_TEXT), T0);

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("b-mirror");
        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.reason()).isEqualTo(DuplicateReason.SAME_CONTENT);
        assertThat(notice.duplicateOf()).isEqualTo("b-mirror");
    }

    @Test
    void aRevisionThatCopiesAnotherArticleIsDroppedAndItsRepeatNamesThatArticle() {
        send(article("a1", RELEASE_TITLE, RELEASE_TEXT), T0);
        send(
                article(
                        "b1",
                        "Japan and Viet Nam hold energy dialogue",
                        "Japan and Viet Nam held their third energy dialogue."),
                T0);
        Article copyAsRevision = syndicatedCopy("b1", T0);
        send(copyAsRevision, T0.plusSeconds(60));
        send(copyAsRevision, T0.plusSeconds(120));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1", "b1");
        assertThat(duplicates.readValuesToList())
                .extracting(n -> n.reason() + " of " + n.duplicateOf())
                .containsExactly("NEAR_DUPLICATE of a1", "SAME_URL of a1");
    }

    @Test
    void differentArticlesAreBothEnriched() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(
                article(
                        "a2",
                        "Japan and Viet Nam hold energy dialogue",
                        "Japan and Viet Nam held their third energy dialogue in Hanoi on liquefied natural gas and grid investment."),
                T0);

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1", "a2");
    }

    @Test
    void nearDuplicateOfAnExpiredFingerprintIsNotDropped() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(article("a2", "Title", RELEASE_TEXT + " Editor: Li Ming"), T0.plus(Duration.ofDays(31)));

        assertThat(enriched.readValuesToList())
                .extracting(e -> e.article().id())
                .containsExactly("a1", "a2");
    }

    @Test
    void enrichedArticleIsRoutedToEachOfItsThemeTopics() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        EnrichedArticle out = enriched.readValue();

        for (var theme : out.themes()) {
            TestOutputTopic<String, EnrichedArticle> topic = driver.createOutputTopic(
                    TOPICS.theme(theme.id()),
                    Serdes.String().deserializer(),
                    RecordSerdes.enriched().deserializer());
            assertThat(topic.readValuesToList())
                    .extracting(e -> e.article().id())
                    .as(theme.id())
                    .containsExactly("a1");
        }
        TestOutputTopic<String, EnrichedArticle> energy = driver.createOutputTopic(
                TOPICS.theme("energy"),
                Serdes.String().deserializer(),
                RecordSerdes.enriched().deserializer());
        assertThat(out.themes()).extracting(t -> t.id()).doesNotContain("energy");
        assertThat(energy.isEmpty()).isTrue();
    }

    @Test
    void articleAboutAWatchedDyadGoesToItsTopicAndOthersDoNot() {
        send(article("a1", "Title", RELEASE_TEXT), T0);
        send(
                article(
                        "a2",
                        "Japan and Viet Nam hold energy dialogue",
                        "Japan and Viet Nam held their third energy dialogue in Hanoi. Japanese and Vietnamese officials discussed "
                                + "liquefied natural gas, power grid investment and renewable energy."),
                T0);

        TestOutputTopic<String, EnrichedArticle> watched = driver.createOutputTopic(
                TOPICS.dyad("CHN", "KHM"),
                Serdes.String().deserializer(),
                RecordSerdes.enriched().deserializer());
        assertThat(watched.readValuesToList()).extracting(e -> e.article().id()).containsExactly("a1");
        assertThat(enriched.readValuesToList()).hasSize(2);
    }

    private static String header(TestRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
