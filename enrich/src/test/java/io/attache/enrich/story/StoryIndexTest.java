package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.EnrichSerdes;
import io.attache.model.SourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long WINDOW = 72 * HOUR;
    private static final Instant NOW = Instant.parse("2025-05-12T00:00:00Z");

    private KeyValueStore<String, StoryState> store;
    private StoryIndex index;

    @BeforeEach
    void open() {
        store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore("stories"), Serdes.String(), EnrichSerdes.storyState())
                .withLoggingDisabled()
                .build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        index = StoryIndex.load(store, WINDOW);
    }

    private static StoryFeatures report(long publishedHour, Map<String, Integer> terms) {
        return report(List.of("CHN", "KHM"), publishedHour * HOUR, terms);
    }

    private static StoryFeatures report(List<String> countries, long publishedMillis, Map<String, Integer> terms) {
        return new StoryFeatures(countries, publishedMillis, "t", "p", SourceType.OTHER, "en", terms);
    }

    private void start(String id, StoryFeatures features) {
        index.put(StoryState.start(id, id, features, List.of(), features.published(), NOW));
    }

    @Test
    void aReportFindsTheStoryWhoseTermsAreMostLikeItsOwn() {
        start("canal", report(0, Map.of("canal", 2, "financing", 1)));
        start("hospital", report(1, Map.of("hospital", 2, "ventilators", 1)));

        assertThat(index.closest(report(2, Map.of("canal", 2, "stake", 1)), 0.1, 0.5))
                .map(s -> s.story().id())
                .contains("canal");
    }

    @Test
    void onlyTheStoriesFirstReportedNearestInTimeAreCompared() {
        start("far", report(0, Map.of("canal", 2)));
        for (int i = 1; i <= StoryIndex.MAX_CANDIDATES; i++) {
            start("other-" + i, report(40 + i, Map.of("word" + i, 2)));
        }

        assertThat(index.closest(report(40 + StoryIndex.MAX_CANDIDATES, Map.of("canal", 2)), 0.1, 0.5))
                .isEmpty();
    }

    @Test
    void aStoryIsForgottenAWindowAfterItsLastReportJoined() {
        start("canal", report(0, Map.of("canal", 2)));

        index.expireBefore(1);

        assertThat(index.closest(report(1, Map.of("canal", 2)), 0.1, 0.5)).isEmpty();
        assertThat(store.get("canal")).isNull();
    }

    @Test
    void aReportInAnotherLanguageJoinsOnNumbersAndThemes() {
        start("drill", report(0, Map.of("troops", 2, "1200", 3, "@security_defense", 1)));
        StoryFeatures chinese = new StoryFeatures(
                List.of("CHN", "KHM"),
                HOUR,
                "t",
                "p",
                SourceType.OTHER,
                "zh-Hans",
                Map.of("演习", 2, "1200", 3, "@security_defense", 1));

        assertThat(index.closest(chinese, 0.9, 0.5)).map(s -> s.story().id()).contains("drill");
    }

    @Test
    void aKeyHoldingItsMostStoriesForgetsTheOneWhoseLastReportJoinedEarliestWhenAnotherStarts() {
        start("canal", report(List.of("CHN", "KHM"), 0, Map.of("canal", 2)));
        for (int i = 1; i <= StoryIndex.MAX_PER_KEY; i++) {
            start("other-" + i, report(List.of("CHN", "KHM"), i, Map.of("word" + i, 2)));
        }

        assertThat(store.get("canal")).isNull();
        assertThat(store.get("other-1")).isNotNull();
        assertThat(store.approximateNumEntries()).isEqualTo(StoryIndex.MAX_PER_KEY);
        assertThat(index.closest(report(List.of("CHN", "KHM"), 1, Map.of("canal", 2)), 0.1, 0.5))
                .isEmpty();
    }

    @Test
    void theIndexHoldingItsMostStoriesForgetsTheOneWhoseLastReportJoinedEarliestWhateverItsKey() {
        int keys = StoryIndex.MAX_HELD / StoryIndex.MAX_PER_KEY + 1;
        for (int i = 0; i <= StoryIndex.MAX_HELD; i++) {
            start("story-" + i, report(List.of("C" + i % keys), i, Map.of("word" + i, 2)));
        }

        assertThat(store.get("story-0")).isNull();
        assertThat(store.get("story-1")).isNotNull();
        assertThat(store.approximateNumEntries()).isEqualTo(StoryIndex.MAX_HELD);
    }

    @Test
    void aStoreRestoredOverTheBoundOfAKeyForgetsTheEarliestJoinedAtLoadAndInTheStoreAtTheNextWrite() {
        for (int i = 1; i <= StoryIndex.MAX_PER_KEY; i++) {
            start("other-" + i, report(List.of("CHN", "KHM"), i, Map.of("word" + i, 2)));
        }
        // As a store written before the bound would hold it: one story more, the earliest joined.
        StoryFeatures canal = report(List.of("CHN", "KHM"), 0, Map.of("canal", 2));
        store.put("canal", StoryState.start("canal", "canal", canal, List.of(), 0, NOW));

        StoryIndex restored = StoryIndex.load(store, WINDOW);

        assertThat(restored.closest(report(List.of("CHN", "KHM"), 1, Map.of("canal", 2)), 0.1, 0.5))
                .isEmpty();
        restored.expireBefore(0);
        assertThat(store.get("canal")).isNull();
        assertThat(store.get("other-1")).isNotNull();
    }
}
