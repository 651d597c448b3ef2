package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crashes the sink at every step of the commit sequence and restarts it: the files must then hold every
 * record of the topic exactly once.
 */
class SinkCrashIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final SinkFixture fixture = new SinkFixture(KAFKA);

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(CommitStep.class)
    void crashAtAnyCommitStepNeitherLosesNorDuplicates(CommitStep step) {
        String topic = KAFKA.uniqueName("sink-crash-" + step.name().toLowerCase());
        KAFKA.createTopics(2, topic);
        String group = KAFKA.uniqueName("g");
        fixture.produceArticles(topic, "a", 40);

        SinkService crashing = fixture.start(
                fixture.settings(out, group, topic).withGzip(true), Clock.systemUTC(), crashOnSecondVisitOf(step));
        await().atMost(Duration.ofSeconds(30)).until(() -> crashing.failure().isPresent());
        assertThat(crashing.failure().orElseThrow())
                .satisfiesAnyOf(
                        crash -> assertThat(crash).isInstanceOf(SimulatedCrash.class),
                        crash -> assertThat(crash).hasRootCauseInstanceOf(SimulatedCrash.class));

        fixture.produceArticles(topic, "b", 20);
        SinkService restarted =
                fixture.start(fixture.settings(out, group, topic).withGzip(true), Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), restarted);
        restarted.close();

        fixture.assertFilesHoldTheTopicExactly(out, topic);
    }

    @Test
    void ioErrorStopsThePartitionUntilARetrySucceeds() {
        String topic = KAFKA.uniqueName("sink-ioerror");
        KAFKA.createTopics(1, topic);
        fixture.produceArticles(topic, "a", 20);
        AtomicInteger failures = new AtomicInteger();
        CommitHook diskFullTwice = (reached, partition) -> {
            if (reached == CommitStep.SYNCED && failures.incrementAndGet() <= 2) {
                throw new IOException("No space left on device");
            }
        };
        SinkService sink =
                fixture.start(fixture.settings(out, KAFKA.uniqueName("g"), topic), Clock.systemUTC(), diskFullTwice);
        fixture.awaitConsumedToEnd(List.of(topic), sink);
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.stats().records() == 14); // both full files of 7
        sink.close();

        assertThat(failures.get()).isGreaterThan(2);
        assertThat(sink.failure()).isEmpty();
        fixture.assertFilesHoldTheTopicExactly(out, topic);
    }

    /** Throws at the second time the step is reached, so one file is fully committed before the crash. */
    private static CommitHook crashOnSecondVisitOf(CommitStep step) {
        AtomicInteger visits = new AtomicInteger();
        return (reached, partition) -> {
            if (reached == step && visits.incrementAndGet() == 2) {
                throw new SimulatedCrash(step);
            }
        };
    }

    /** Stands for the process dying: the loop stops without committing its open files. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(CommitStep step) {
            super("simulated crash at " + step);
        }
    }
}
