package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.FeedState;
import io.attache.model.RecordSerdes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class FeedStateLoaderTest {
    private static final String TOPIC = "news.feed-state";

    @Test
    void unreadableStateIsSkippedAndTheFeedsBeforeAndAfterItAreKept() {
        Map<String, FeedState> states = new HashMap<>();

        FeedStateLoader.read(states, record(0, "a", state("a")));
        FeedStateLoader.read(states, record(1, "b", "{not json".getBytes(StandardCharsets.UTF_8)));
        FeedStateLoader.read(states, record(2, "c", state("c")));

        assertThat(states).containsOnlyKeys("a", "c");
    }

    @Test
    void unreadableStateLeavesTheFeedsEarlierStateInPlace() {
        Map<String, FeedState> states = new HashMap<>();

        FeedStateLoader.read(states, record(0, "a", state("a")));
        FeedStateLoader.read(states, record(1, "a", "[]".getBytes(StandardCharsets.UTF_8)));

        assertThat(states).containsEntry("a", FeedState.initial("a", "http://127.0.0.1/a.xml"));
    }

    @Test
    void tombstoneForgetsTheFeed() {
        Map<String, FeedState> states = new HashMap<>();

        FeedStateLoader.read(states, record(0, "a", state("a")));
        FeedStateLoader.read(states, record(1, "a", null));

        assertThat(states).isEmpty();
    }

    private static byte[] state(String feedId) {
        return RecordSerdes.feedState()
                .toBytes(TOPIC, FeedState.initial(feedId, "http://127.0.0.1/" + feedId + ".xml"));
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, 0, offset, key, value);
    }
}
