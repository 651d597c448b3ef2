package io.attache.ingest;

import io.attache.model.FeedState;
import io.attache.model.KafkaStartRetry;
import io.attache.model.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest as a service: polls the configured feeds and publishes their new articles to Kafka.
 *
 * <pre>{@code
 * try (IngestService ingest = IngestService.create(settings, Clock.systemUTC(), registry)) {
 *     PollReport report = ingest.pollOnce();      // or ingest.start() to poll every feed on its interval
 * }
 * }</pre>
 *
 * <p>On first use it creates {@code news.articles} and the compacted {@code news.feed-state} (if missing)
 * and reads every feed's last state, waiting and retrying (logged) while Kafka is unreachable.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    /** How long {@link #close()} lets in-flight publishes wait for Kafka. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    private final IngestSettings settings;
    private final Clock clock;
    private final FeedPollListener listener;
    private final IngestMetrics metrics;
    private final ExecutorService fetchThreads;
    private final ExecutorService pageThreads;
    private final HostThrottle throttle;
    private final HostThrottle pageThrottle;
    private final FeedFetcher fetcher;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private KafkaPublisher publisher;
    private FeedPoller poller;
    private ScheduledExecutorService scheduler;
    private volatile boolean closed;

    private IngestService(IngestSettings settings, Clock clock, MeterRegistry registry, FeedPollListener listener) {
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.metrics = new IngestMetrics(registry);
        this.fetchThreads =
                Executors.newFixedThreadPool(settings.limits().globalConcurrency(), threads("attache-ingest-fetch"));
        this.throttle = new HostThrottle(
                settings.limits().globalConcurrency(), settings.limits().perHostConcurrency(), fetchThreads);
        this.pageThreads =
                Executors.newFixedThreadPool(settings.limits().globalConcurrency(), threads("attache-ingest-page"));
        this.pageThrottle = new HostThrottle(
                settings.limits().globalConcurrency(), settings.limits().perHostConcurrency(), pageThreads);
        this.fetcher = new FeedFetcher(settings.limits(), clock);
    }

    /** A service for {@code settings}; nothing is contacted until {@link #pollOnce()} or {@link #start()}. */
    public static IngestService create(IngestSettings settings, Clock clock, MeterRegistry registry) {
        return create(settings, clock, registry, FeedPollListener.NONE);
    }

    /** As {@link #create(IngestSettings, Clock, MeterRegistry)}, telling {@code listener} after every feed poll. */
    public static IngestService create(
            IngestSettings settings, Clock clock, MeterRegistry registry, FeedPollListener listener) {
        return new IngestService(settings, clock, registry, listener);
    }

    /**
     * Polls every feed once (regardless of its schedule, but with its validators), waits until every new
     * article is acknowledged by Kafka, and reports per feed.
     */
    public PollReport pollOnce() {
        connect();
        List<CompletableFuture<FeedPollResult>> polls = new ArrayList<>();
        for (FeedConfig feed : settings.feeds()) {
            polls.add(submit(feed));
        }
        return new PollReport(polls.stream().map(CompletableFuture::join).toList());
    }

    /** Polls each feed whenever it is due, in background threads, until {@link #close()}. Returns at once. */
    public synchronized void start() {
        if (scheduler != null) {
            throw new IllegalStateException("ingest already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(threads("attache-ingest-scheduler"));
        scheduler.execute(this::connect);
        scheduler.scheduleWithFixedDelay(this::pollDueFeeds, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last known state of every feed polled or loaded so far. */
    public Map<String, FeedState> feedStates() {
        return Map.copyOf(states);
    }

    /** Stops scheduling, lets in-flight polls finish their publishes (for a grace period), then closes. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
            if (publisher != null) {
                publisher.stop(CLOSE_GRACE);
            }
        }
        fetchThreads.shutdown();
        try {
            if (!fetchThreads.awaitTermination(
                    settings.limits().totalTimeout().plus(CLOSE_GRACE).toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("ingest stopped with polls still running; their feeds will be fetched again next time");
                fetchThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pageThreads.shutdownNow();
        synchronized (this) {
            if (publisher != null) {
                publisher.close();
            }
        }
    }

    private void pollDueFeeds() {
        if (publisher() == null) {
            return;
        }
        try {
            for (FeedConfig feed : settings.feeds()) {
                FeedState state = states.get(feed.id());
                boolean due = state == null || !state.nextPoll().isAfter(clock.instant());
                if (due && !closed && inFlight.add(feed.id())) {
                    submit(feed).whenComplete((result, error) -> inFlight.remove(feed.id()));
                }
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log and keep the schedule alive.
            LOG.error("ingest scheduler failed; continuing", e);
        }
    }

    private CompletableFuture<FeedPollResult> submit(FeedConfig feed) {
        String host = feed.url().getHost() == null
                ? feed.url().getScheme()
                : feed.url().getHost();
        return throttle.submit(host, () -> pollFeed(feed));
    }

    private FeedPollResult pollFeed(FeedConfig feed) {
        long start = System.nanoTime();
        FeedState state = states.getOrDefault(
                feed.id(), FeedState.initial(feed.id(), feed.url().toString()));
        FeedPollResult result;
        try {
            FeedPoller.Polled polled = poller.poll(feed, state);
            states.put(feed.id(), polled.state());
            result = polled.result();
        } catch (PublishInterruptedException e) {
            result = new FeedPollResult(
                    feed.id(),
                    feed.url().toString(),
                    FetchOutcome.PUBLISH_INTERRUPTED,
                    0,
                    e.getMessage(),
                    state.nextPoll());
        }
        metrics.record(result, Duration.ofNanos(System.nanoTime() - start));
        log(result);
        listener.feedPolled(result);
        return result;
    }

    private static void log(FeedPollResult r) {
        if (r.outcome().success()) {
            LOG.info("feed {} {}: {}; next poll {}", r.feedId(), r.outcome().label(), r.message(), r.nextPoll());
        } else {
            LOG.warn(
                    "feed {} {}: {} ({}); next poll {}",
                    r.feedId(),
                    r.outcome().label(),
                    r.message(),
                    r.url(),
                    r.nextPoll());
        }
    }

    private synchronized KafkaPublisher publisher() {
        return publisher;
    }

    /** Creates the topics and loads the feed states, retrying for as long as Kafka is unreachable. */
    private synchronized void connect() {
        if (publisher != null) {
            return;
        }
        KafkaStartRetry.untilDone(
                "ingest",
                settings.bootstrapServers(),
                () -> {
                    provisionTopics();
                    states.putAll(FeedStateLoader.load(
                            settings.bootstrapServers(), settings.topics().feedState(), Duration.ofSeconds(15)));
                },
                e -> e instanceof KafkaException || e instanceof IllegalStateException,
                () -> !closed);
        publisher = new KafkaPublisher(settings.bootstrapServers(), settings.topics());
        Backoff backoff = new Backoff(settings.limits().maxBackoff(), new Random());
        PageFetcher pages = new PageFetcher(
                fetcher, new RobotsTxt(fetcher, settings.limits().userAgent(), clock));
        PageText pageText = new PageText(pages, pageThrottle, new PageHostBackoff(backoff, clock));
        poller = new FeedPoller(
                fetcher, pages, pageText, publisher, backoff, settings.limits().maxBackoff(), clock);
        LOG.info(
                "ingest ready: {} feeds, {} with a known state, publishing to {} at {}",
                settings.feeds().size(),
                states.size(),
                settings.topics().articles(),
                settings.bootstrapServers());
    }

    private void provisionTopics() {
        try (Admin admin = TopicProvisioner.admin(settings.bootstrapServers())) {
            new TopicProvisioner(admin)
                    .ensure(List.of(
                            TopicProvisioner.topic(
                                    settings.topics().articles(),
                                    settings.partitions(),
                                    settings.replication(),
                                    Map.of()),
                            TopicProvisioner.topic(
                                    settings.topics().feedState(),
                                    settings.partitions(),
                                    settings.replication(),
                                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
