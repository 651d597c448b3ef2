package io.attache.model;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part's start-up work that needs Kafka (creating its topics, reading its state), tried again for as long as Kafka
 * does not answer: after 1 s, then twice as long each time, at most 30 s apart, one WARN line per failed try. A part
 * started before its broker (by a supervisor, or compose) so comes up once the broker does instead of exiting.
 */
public final class KafkaStartRetry {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaStartRetry.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private KafkaStartRetry() {}

    /**
     * Runs {@code attempt} until it returns. A failure {@code unanswered} takes for Kafka not answering is logged and
     * tried again; any other is thrown. {@code wanted} is asked before every try: once it is false, {@code part} gives
     * up with an {@link IllegalStateException}.
     */
    public static void untilDone(
            String part,
            String bootstrapServers,
            Runnable attempt,
            Predicate<RuntimeException> unanswered,
            BooleanSupplier wanted) {
        Duration wait = FIRST_RETRY;
        while (true) {
            if (!wanted.getAsBoolean()) {
                throw new IllegalStateException(part + " was closed before Kafka at " + bootstrapServers + " answered");
            }
            try {
                attempt.run();
                return;
            } catch (RuntimeException e) {
                if (!unanswered.test(e)) {
                    throw e;
                }
                LOG.warn(
                        "Kafka at {} does not answer ({}); {} retries in {} s",
                        bootstrapServers,
                        e.getMessage(),
                        part,
                        wait.toSeconds());
                sleep(wait, bootstrapServers);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration wait, String bootstrapServers) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }
}
