package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.SourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryStateSerdeTest {
    private static final Instant NOW = Instant.parse("2025-05-12T00:00:00Z");

    @Test
    void aStoryReadBackFromItsBytesEqualsTheStoryWritten() {
        StoryFeatures first = new StoryFeatures(
                List.of("CHN", "KHM"), 0, "Canal", "p", SourceType.OTHER, "en", Map.of("canal", 2, "financing", 1));
        StoryFeatures second = new StoryFeatures(
                List.of("CHN", "KHM"), 1, "Stake", "q", SourceType.OTHER, "en", Map.of("canal", 2, "stake", 3));
        StoryState story = StoryState.start("canal", "a1", first, List.of("economy_trade"), 5, NOW)
                .with("a2", second, List.of(), 7, NOW);
        StoryStateSerde serde = new StoryStateSerde();

        assertThat(serde.fromBytes("test", serde.toBytes(story))).isEqualTo(story);
    }
}
