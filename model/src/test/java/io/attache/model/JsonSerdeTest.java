package io.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private static final String TOPIC = "news.articles";

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void articleRoundTripsExactly() {
        Article article = SampleRecords.article();
        byte[] bytes = RecordSerdes.article().toBytes(TOPIC, article);

        assertThat(RecordSerdes.article().fromBytes(TOPIC, bytes)).isEqualTo(article);
    }

    @Test
    void enrichedArticleRoundTripsExactly() {
        EnrichedArticle enriched = SampleRecords.enriched();
        byte[] bytes = RecordSerdes.enriched().toBytes(TOPIC, enriched);

        assertThat(RecordSerdes.enriched().fromBytes(TOPIC, bytes)).isEqualTo(enriched);
    }

    @Test
    void duplicateNoticeRoundTripsExactly() {
        DuplicateNotice notice = SampleRecords.duplicate();
        byte[] bytes = RecordSerdes.duplicate().toBytes(TOPIC, notice);

        assertThat(RecordSerdes.duplicate().fromBytes(TOPIC, bytes)).isEqualTo(notice);
    }

    @Test
    void feedStateRoundTripsExactly() {
        FeedState state = SampleRecords.feedState();
        byte[] bytes = RecordSerdes.feedState().toBytes("news.feed-state", state);

        assertThat(RecordSerdes.feedState().fromBytes("news.feed-state", bytes)).isEqualTo(state);
    }

    @Test
    void storyRoundTripsExactly() {
        Story story = SampleRecords.story();
        byte[] bytes = RecordSerdes.story().toBytes("news.stories", story);

        assertThat(RecordSerdes.story().fromBytes("news.stories", bytes)).isEqualTo(story);
    }

    @Test
    void storyThemesAreWrittenAsCountsByThemeId() {
        String written = json(RecordSerdes.story().toBytes("news.stories", SampleRecords.story()));

        assertThat(written)
                .contains("\"themes\":{\"agriculture\":2,\"political\":1}", "\"sourceTypes\":[\"government\"");
    }

    @Test
    void enrichedArticleEndsWithItsStoryId() {
        String written = json(RecordSerdes.enriched().toBytes(TOPIC, SampleRecords.enriched()));

        assertThat(written).endsWith(",\"storyId\":\"a1b2c3\"}");
    }

    @Test
    void enrichedArticleWrittenBeforeStoriesReadsWithAnEmptyStoryId() {
        String written = json(RecordSerdes.enriched().toBytes(TOPIC, SampleRecords.enriched()));
        String withoutStory = written.replace(",\"storyId\":\"a1b2c3\"", "");

        assertThat(RecordSerdes.enriched().fromBytes(TOPIC, utf8(withoutStory)).storyId())
                .isEmpty();
    }

    @Test
    void enrichedArticleKeepsArticleFieldsAtTopLevel() {
        String written = json(RecordSerdes.enriched().toBytes(TOPIC, SampleRecords.enriched()));

        assertThat(written)
                .startsWith("{\"schema\":1,\"id\":\"a1b2c3\"")
                .contains("\"title\":\"Wang Yi Holds Talks", "\"themes\":[{\"id\":\"agriculture\"")
                .doesNotContain("\"article\"");
    }

    @Test
    void instantsAreWrittenAsIso8601Utc() {
        String written = json(RecordSerdes.article().toBytes(TOPIC, SampleRecords.article()));

        assertThat(written).contains("\"published\":\"2024-01-10T08:30:00Z\"", "\"textSource\":\"page\"");
    }

    @Test
    void unknownFieldsAreTolerated() {
        String written = json(RecordSerdes.article().toBytes(TOPIC, SampleRecords.article()));
        String withExtra = written.replaceFirst("\\{", "{\"addedInSchema2\":{\"x\":[1,2]},");

        assertThat(RecordSerdes.article().fromBytes(TOPIC, utf8(withExtra))).isEqualTo(SampleRecords.article());
    }

    @Test
    void tombstoneStaysNull() {
        assertThat(RecordSerdes.article().fromBytes(TOPIC, null)).isNull();
        assertThat(RecordSerdes.article().toBytes(TOPIC, null)).isNull();
    }

    @Test
    void malformedJsonNamesTopicAndType() {
        assertThatThrownBy(() -> RecordSerdes.article().fromBytes(TOPIC, utf8("{\"id\": ")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Article")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String written = json(RecordSerdes.article().toBytes(TOPIC, SampleRecords.article()));
        String withoutId = written.replace("\"id\":\"a1b2c3\",", "");

        assertThatThrownBy(() -> RecordSerdes.article().fromBytes(TOPIC, utf8(withoutId)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("field 'id' is required");
    }

    @Test
    void wrongTypeIsRejected() {
        String written = json(RecordSerdes.article().toBytes(TOPIC, SampleRecords.article()));
        String badDate = written.replace("\"2024-01-10T08:30:00Z\"", "\"last tuesday\"");

        assertThatThrownBy(() -> RecordSerdes.article().fromBytes(TOPIC, utf8(badDate)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("published");
    }

    @Test
    void trailingGarbageIsRejected() {
        byte[] valid = RecordSerdes.article().toBytes(TOPIC, SampleRecords.article());
        String withGarbage = json(valid) + " {}";

        assertThatThrownBy(() -> RecordSerdes.article().fromBytes(TOPIC, utf8(withGarbage)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void nonJsonBytesAreRejected() {
        assertThatThrownBy(() -> RecordSerdes.duplicate().fromBytes(TOPIC, new byte[] {(byte) 0xff, 0x00, 0x13}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("DuplicateNotice");
    }
}
