package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.enrich.TestArticles;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStampTest {
    private static final EnrichedArticle UNSTAMPED = new EnrichedArticle(
            TestArticles.article("a1", "Title", TestArticles.RELEASE_TEXT),
            0,
            "",
            "0123456789abcdef",
            List.of(),
            List.of(),
            Instant.parse("2024-03-12T10:00:00Z"),
            "");

    @Test
    void theStampedRecordReadsAsTheSameArticleInTheStory() {
        byte[] stamped = StoryStamp.stamp(RecordSerdes.enriched().toBytes("t", UNSTAMPED), "s1");

        EnrichedArticle read = RecordSerdes.enriched().fromBytes("t", stamped);

        assertThat(read.storyId()).isEqualTo("s1");
        assertThat(read).usingRecursiveComparison().ignoringFields("storyId").isEqualTo(UNSTAMPED);
    }

    @Test
    void aStoryIdIsWrittenAsAJsonString() {
        byte[] stamped = StoryStamp.stamp(RecordSerdes.enriched().toBytes("t", UNSTAMPED), "a\"b\\c");

        assertThat(RecordSerdes.enriched().fromBytes("t", stamped).storyId()).isEqualTo("a\"b\\c");
    }

    @Test
    void aRecordWithAStoryAlreadyIsRefused() {
        byte[] stamped = StoryStamp.stamp(RecordSerdes.enriched().toBytes("t", UNSTAMPED), "s1");

        assertThatThrownBy(() -> StoryStamp.stamp(stamped, "s2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty storyId");
        assertThatThrownBy(() -> StoryStamp.stamp("{}".getBytes(StandardCharsets.UTF_8), "s2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
