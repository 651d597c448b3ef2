package io.attache.enrich;

import io.attache.model.KafkaStartRetry;
import io.attache.model.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment topology: provisions its topics, starts Kafka Streams and reports when it runs.
 * Several instances with the same application id share the work.
 *
 * <pre>{@code
 * try (EnrichService service = EnrichService.create(settings, Clock.systemUTC(), registry)) {
 *     service.start();
 *     ...
 * }
 * }</pre>
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    /** How often a start that waits for its partitions says so. */
    private static final Duration START_PROGRESS_INTERVAL = Duration.ofSeconds(30);

    private final EnrichSettings settings;
    private final Clock clock;
    private final MeterRegistry registry;
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;

    private EnrichService(EnrichSettings settings, Clock clock, MeterRegistry registry) {
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
    }

    /** A service for these settings; nothing connects until {@link #start()}. */
    public static EnrichService create(EnrichSettings settings, Clock clock, MeterRegistry registry) {
        return new EnrichService(settings, clock, registry);
    }

    /** The Kafka Streams application id: the consumer group whose lag says whether enrichment is drained. */
    public String applicationId() {
        return settings.applicationId();
    }

    /**
     * The topics the consumer group reads, upstream first: the input, then the internal copy-check topic. Drained means no
     * lag on either.
     */
    public List<String> sourceTopics() {
        return List.of(settings.topics().articles(), settings.copyCheckTopic());
    }

    /**
     * Creates missing topics, starts Kafka Streams and returns once it is running. While Kafka does not answer, it
     * waits for it, as ingest does ({@link KafkaStartRetry}); then it waits for its partitions however long the
     * rebalance takes, saying so every {@code START_PROGRESS_INTERVAL}.
     *
     * @throws IllegalStateException naming the cause when topics cannot be created or Streams does not start
     */
    public synchronized void start() {
        if (streams != null) {
            throw new IllegalStateException("enrichment service " + applicationId() + " is already started");
        }
        KafkaStartRetry.untilDone(
                "enrichment",
                settings.bootstrapServers(),
                this::provisionTopics,
                e -> e instanceof IllegalStateException && e.getCause() instanceof TimeoutException,
                () -> true);
        KafkaStreams started = new KafkaStreams(EnrichTopology.build(settings, clock, registry), streamsConfig());
        CountDownLatch settled = new CountDownLatch(1);
        AtomicReference<KafkaStreams.State> outcome = new AtomicReference<>();
        started.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING
                    || now == KafkaStreams.State.ERROR
                    || now == KafkaStreams.State.NOT_RUNNING) {
                outcome.compareAndSet(null, now);
                settled.countDown();
            }
        });
        started.setUncaughtExceptionHandler(e -> {
            LOG.error("Enrichment stopped on an unexpected error", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams = started;
        streamsMetrics = new KafkaStreamsMetrics(started);
        streamsMetrics.bindTo(registry);
        started.start();
        awaitRunning(settled, outcome);
        LOG.info(
                "Enrichment running as {} on {}: {} -> {}",
                applicationId(),
                settings.bootstrapServers(),
                settings.topics().articles(),
                settings.topics().enriched());
    }

    /**
     * Waits until Streams runs or fails. There is no time limit: the topics exist by now, so Kafka answers, and a
     * rebalance may rightly take minutes (an instance killed earlier holds its partitions until its session times
     * out, a fenced transaction until it aborts, state stores restore); giving up would only stop the instance that
     * is meant to take the work over.
     */
    private void awaitRunning(CountDownLatch settled, AtomicReference<KafkaStreams.State> outcome) {
        try {
            long waited = 0;
            while (!settled.await(START_PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                waited += START_PROGRESS_INTERVAL.toSeconds();
                LOG.info(
                        "Enrichment still starting after {} s: Kafka Streams is {} at {}, waiting for its partitions",
                        waited,
                        streams.state(),
                        settings.bootstrapServers());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting enrichment", e);
        }
        if (outcome.get() != KafkaStreams.State.RUNNING) {
            close();
            throw new IllegalStateException(
                    "enrichment failed to start (Kafka Streams state " + outcome.get() + "); see the log above");
        }
    }

    /**
     * Creates missing topics: the public ones with the configured partitions (the stories topic compacted, and like
     * the others deleted after the broker's retention), the copy-check topic with one.
     */
    private void provisionTopics() {
        try (Admin admin = TopicProvisioner.admin(settings.bootstrapServers())) {
            TopicProvisioner provisioner = new TopicProvisioner(admin);
            List<NewTopic> topics = new ArrayList<>();
            for (String name : EnrichTopology.publicTopics(settings)) {
                // A story's record is written again at each report: only its latest is worth keeping. Compaction
                // alone would keep every story ever told (nearly one per article); a story no report joined within
                // the retention goes, as its articles do from the other topics.
                Map<String, String> configs = name.equals(settings.topics().stories())
                        ? Map.of(
                                TopicConfig.CLEANUP_POLICY_CONFIG,
                                TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)
                        : Map.of();
                topics.add(TopicProvisioner.topic(name, settings.partitions(), settings.replication(), configs));
            }
            topics.add(TopicProvisioner.topic(settings.copyCheckTopic(), 1, settings.replication(), Map.of()));
            Set<String> created = provisioner.ensure(topics);
            // Copies are decided in the order of this one partition: with more, two copies could be checked apart.
            if (!created.contains(settings.copyCheckTopic()) && partitionCount(admin, settings.copyCheckTopic()) != 1) {
                throw new IllegalStateException(
                        "topic " + settings.copyCheckTopic() + " must have exactly one partition; delete it "
                                + "(and reset the application) to recreate it");
            }
        }
    }

    private static int partitionCount(Admin admin, String topic) {
        try {
            TopicDescription description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot describe topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing topic " + topic, e);
        }
    }

    private Properties streamsConfig() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(
                StreamsConfig.STATE_DIR_CONFIG,
                settings.stateDir().toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, settings.processingGuarantee());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.replication());
        // With several instances, another one keeps a warm copy of each task's state: the copy check's single task
        // fails
        // over in seconds instead of replaying the index's changelog.
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        // An article crosses two transactions (to the copy-check topic, then to the outputs), each waiting for the next
        // commit: 50 ms instead of exactly-once's default 100 ms halves that wait, at a few commits a second's cost.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        // There is no global store; enabling the handler for it only silences Kafka's start-up warning.
        props.put("processing.exception.handler.global.enabled", true);
        return props;
    }

    /** True while Kafka Streams runs or rebalances; false before start, after close, or after a fatal error. */
    public synchronized boolean isRunning() {
        return streams != null && streams.state().isRunningOrRebalancing();
    }

    /**
     * Stops Kafka Streams, committing what was processed, and leaves the consumer group, so another instance takes
     * over this one's partitions at once rather than after the session timeout.
     */
    @Override
    public synchronized void close() {
        if (streams != null) {
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
            streamsMetrics.close();
            streams = null;
        }
    }
}
