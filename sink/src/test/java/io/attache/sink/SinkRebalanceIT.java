package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.testkit.KafkaBrokerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two sink instances in one group sharing one output folder while partitions move between them. */
class SinkRebalanceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final SinkFixture fixture = new SinkFixture(KAFKA);

    @TempDir
    Path out;

    @Test
    void partitionsMovingBetweenTwoInstancesAreWrittenExactlyOnce() {
        String topic = KAFKA.uniqueName("sink-rebalance");
        KAFKA.createTopics(4, topic);
        String group = KAFKA.uniqueName("g");
        SinkSettings settings = fixture.settings(out, group, topic);

        fixture.produceArticles(topic, "a", 50);
        SinkService first = fixture.start(settings, Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), first);

        SinkService second = fixture.start(settings, Clock.systemUTC(), CommitHook.NONE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !second.consumedPositions().isEmpty()
                        && first.consumedPositions().size() < 4);
        fixture.produceArticles(topic, "b", 50);
        fixture.awaitConsumedToEnd(List.of(topic), first, second);

        first.close();
        fixture.produceArticles(topic, "c", 50);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> second.consumedPositions().size() == 4);
        fixture.awaitConsumedToEnd(List.of(topic), second);
        second.close();

        assertThat(first.committedFiles()).isNotEmpty();
        assertThat(second.committedFiles()).isNotEmpty();
        assertThat(SinkOutput.read(out))
                .containsExactlyInAnyOrderElementsOf(
                        SinkOutput.expected(KAFKA.readAll(List.of(topic), Duration.ofSeconds(30))));
    }
}
