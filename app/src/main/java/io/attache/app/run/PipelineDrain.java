package io.attache.app.run;

import io.attache.app.ops.TopicOffsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the pipeline has nothing left to do: every record of enrichment's source topics processed
 * and committed, then every record of the sink's topics read by the sink.
 */
final class PipelineDrain {
    private static final Duration POLL = Duration.ofMillis(250);

    private final TopicOffsets offsets;
    private final Clock clock;

    PipelineDrain(TopicOffsets offsets, Clock clock) {
        this.offsets = offsets;
        this.clock = clock;
    }

    /**
     * Waits until the Streams application has committed everything on its source topics. The topics are
     * checked in the order given (input first, then the internal topics it feeds), because a record
     * processed upstream may still be producing downstream; the wait ends only when two checks in a row
     * find no lag and no topic has grown in between.
     */
    void awaitProcessed(String groupId, List<String> sourceTopicsInOrder, Duration timeout)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        Map<TopicPartition, Long> previousEnds = Map.of();
        while (true) {
            long lag = 0;
            for (String topic : sourceTopicsInOrder) {
                lag += offsets.groupLag(groupId, List.of(topic));
            }
            Map<TopicPartition, Long> ends = offsets.endOffsets(sourceTopicsInOrder);
            if (lag == 0 && ends.equals(previousEnds)) {
                return;
            }
            previousEnds = lag == 0 ? ends : Map.of();
            long behind = lag;
            waitOrFail(deadline, () -> "enrichment still had " + behind + " records to process");
        }
    }

    /** Waits until the sink has read every committed record of the topics its selection matches. */
    void awaitConsumed(
            Predicate<String> sinkTopics, Supplier<Map<TopicPartition, Long>> sinkPositions, Duration timeout)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        Map<TopicPartition, Long> ends = offsets.endOffsets(offsets.topics(sinkTopics));
        while (true) {
            Map<TopicPartition, Long> positions = sinkPositions.get();
            long behind = ends.entrySet().stream()
                    .mapToLong(end -> Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), 0L)))
                    .sum();
            if (behind == 0) {
                return;
            }
            waitOrFail(deadline, () -> "the sink was still " + behind + " records behind");
        }
    }

    private void waitOrFail(Instant deadline, Supplier<String> what) throws InterruptedException {
        if (clock.instant().isAfter(deadline)) {
            throw new DrainTimeoutException("gave up waiting for the pipeline to drain: " + what.get()
                    + " (raise --drain-timeout, or look for errors above)");
        }
        Thread.sleep(POLL.toMillis());
    }

    /** The pipeline did not finish its work within the drain timeout. */
    static final class DrainTimeoutException extends RuntimeException {
        DrainTimeoutException(String message) {
            super(message);
        }
    }
}
