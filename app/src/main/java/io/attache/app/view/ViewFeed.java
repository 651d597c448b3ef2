package io.attache.app.view;

import io.attache.app.ops.TopicReader;
import io.attache.model.EnrichedArticle;
import io.attache.model.FeedState;
import io.attache.model.Json;
import io.attache.model.Story;
import io.attache.model.Topics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link ViewModel} from the topics, on its own thread: {@code news.enriched} and {@code news.stories}
 * from the look-back on, {@code news.feed-state} whole, every partition, without a consumer group. So the view
 * sees every record whichever enrich instance wrote it, and takes no partition from any group. Topics created
 * later (a pipeline started after the page) are picked up within seconds.
 */
public final class ViewFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ViewFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LOOK_FOR_TOPICS = Duration.ofSeconds(2);

    private final Topics topics;
    private final ViewModel model;
    private final TopicReader reader;
    private final Thread thread;
    private final Object progress = new Object();
    private volatile boolean running = true;
    private boolean everCaughtUp;
    private long caughtUpCheckStartedAt;

    private ViewFeed(Topics topics, ViewModel model, TopicReader reader) {
        this.topics = topics;
        this.model = model;
        this.reader = reader;
        this.thread = new Thread(this::loop, "attache-view-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading the topics under {@code topics}' prefix at {@code bootstrapServers} into {@code model}. */
    public static ViewFeed start(
            String bootstrapServers, Topics topics, ViewSettings settings, ViewModel model, Clock clock) {
        Optional<Instant> from = Optional.of(clock.instant().minus(settings.lookBack()));
        TopicReader reader = new TopicReader(
                bootstrapServers,
                Map.of(topics.enriched(), from, topics.stories(), from, topics.feedState(), Optional.empty()));
        ViewFeed feed = new ViewFeed(topics, model, reader);
        feed.thread.start();
        LOG.info(
                "The view reads {}, {} and {} at {}",
                topics.enriched(),
                topics.feedState(),
                topics.stories(),
                bootstrapServers);
        return feed;
    }

    /**
     * Waits until the view has read every record committed before this call, at most {@code timeout}.
     *
     * @return true when it has
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long calledAt = System.nanoTime();
        long deadline = calledAt + timeout.toNanos();
        synchronized (progress) {
            while (!everCaughtUp || caughtUpCheckStartedAt - calledAt < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !running) {
                    return false;
                }
                progress.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** True while the feed reads. */
    public boolean isRunning() {
        return running && thread.isAlive();
    }

    private void loop() {
        long lookedForTopicsAt = System.nanoTime() - LOOK_FOR_TOPICS.toNanos();
        try (reader) {
            while (running) {
                long checkStartedAt = System.nanoTime();
                // Caught up means: no topic is missing and every partition is read to its end, both seen
                // after the check started.
                boolean allTopicsRead = false;
                if (checkStartedAt - lookedForTopicsAt >= LOOK_FOR_TOPICS.toNanos()) {
                    allTopicsRead = !reader.assignNew();
                    lookedForTopicsAt = checkStartedAt;
                }
                Map<TopicPartition, Long> ends = reader.endOffsets();
                ConsumerRecords<String, byte[]> records = reader.poll(POLL);
                records.forEach(this::apply);
                if (allTopicsRead && records.isEmpty() && reader.reached(ends)) {
                    caughtUp(checkStartedAt);
                }
            }
        } catch (WakeupException e) {
            // stop() ends the loop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The view stopped reading the topics: {}", e.toString(), e);
        } finally {
            running = false;
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    private void caughtUp(long checkStartedAt) {
        synchronized (progress) {
            everCaughtUp = true;
            caughtUpCheckStartedAt = checkStartedAt;
            progress.notifyAll();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().equals(topics.enriched())) {
                model.accept(Json.mapper().readValue(record.value(), EnrichedArticle.class));
            } else if (record.topic().equals(topics.stories())) {
                model.accept(Json.mapper().readValue(record.value(), Story.class));
            } else if (record.value() == null) {
                model.forgetFeed(record.key());
            } else {
                model.accept(Json.mapper().readValue(record.value(), FeedState.class));
            }
        } catch (IOException | RuntimeException e) {
            // The pipeline sends unreadable records to the dead-letter topic; the view skips them.
            LOG.warn(
                    "The view skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    /** Stops reading and waits for the reading thread to end. */
    public void stop() throws InterruptedException {
        running = false;
        reader.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
