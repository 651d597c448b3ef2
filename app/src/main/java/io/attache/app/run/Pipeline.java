package io.attache.app.run;

import io.attache.app.ops.TopicOffsets;
import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.enrich.EnrichService;
import io.attache.enrich.EnrichSettings;
import io.attache.ingest.FeedPollListener;
import io.attache.ingest.IngestService;
import io.attache.ingest.IngestSettings;
import io.attache.ingest.PollReport;
import io.attache.sink.SinkService;
import io.attache.sink.SinkSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest, enrich and sink in one process, optionally on an embedded broker. Starts the consumers first
 * (broker, enrich, sink) so nothing ingested waits for them, and stops in the order that loses nothing:
 * ingest (finishing in-flight publishes), enrich (committing its transactions), sink (committing its open
 * files), then the broker.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Optional<EmbeddedKafkaBroker> broker;
    private final IngestSettings ingestSettings;
    private final SinkSettings sinkSettings;
    private final Clock clock;
    private final MeterRegistry registry;
    private final IngestService ingest;
    private final EnrichService enrich;
    private final SinkService sink;
    private volatile boolean running;

    /**
     * @param broker   the embedded broker to start first and stop last, or empty when the cluster is external
     * @param progress told after every feed poll
     */
    public Pipeline(
            Optional<EmbeddedKafkaBroker> broker,
            IngestSettings ingest,
            EnrichSettings enrich,
            SinkSettings sink,
            Clock clock,
            MeterRegistry registry,
            FeedPollListener progress) {
        this.broker = broker;
        this.ingestSettings = ingest;
        this.sinkSettings = sink;
        this.clock = clock;
        this.registry = registry;
        this.ingest = IngestService.create(ingest, clock, registry, progress);
        this.enrich = EnrichService.create(enrich, clock, registry);
        this.sink = SinkService.create(sink, clock, registry);
    }

    /** Starts the embedded broker, if there is one. */
    public void startBroker() {
        broker.ifPresent(EmbeddedKafkaBroker::start);
    }

    /** Starts enrichment and the sink; ingest starts with {@link #startIngest()} or {@link #runOnce}. */
    public void startProcessing() {
        enrich.start();
        sink.start();
        running = true;
    }

    /** Starts polling every feed on its interval until {@link #close()}. */
    public void startIngest() {
        ingest.start();
        LOG.info(
                "Watching {} feeds; enriched records go to {}",
                ingestSettings.feeds().size(),
                sinkSettings.outDir().toAbsolutePath());
    }

    /**
     * Polls every feed once, waits until every article is enriched or recorded as a duplicate and every
     * enriched record is in a committed file, then stops every part.
     */
    public RunSummary runOnce(Duration drainTimeout) throws InterruptedException {
        PollReport report = ingest.pollOnce();
        LOG.info(
                "Polled {} feeds, {} articles published; waiting for enrichment and the sink",
                report.results().size(),
                report.totalPublished());
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ingestSettings.bootstrapServers()))) {
            PipelineDrain drain = new PipelineDrain(new TopicOffsets(admin), clock);
            drain.awaitProcessed(enrich.applicationId(), enrich.sourceTopics(), drainTimeout);
            drain.awaitConsumed(
                    name -> sinkSettings.topics().pattern().matcher(name).matches(),
                    sink::consumedPositions,
                    drainTimeout);
        }
        ingest.close();
        enrich.close();
        sink.close();
        EnrichedFileTally tally = EnrichedFileTally.of(
                sink.committedFiles(), ingestSettings.topics().enriched());
        return new RunSummary(
                report,
                duplicatesByReason(),
                tally.articles(),
                tally.themes(),
                tally.dyads(),
                sink.stats(),
                sinkSettings.outDir());
    }

    /** True once every part has started and while none has failed. */
    public boolean isRunning() {
        return running && sink.isRunning() && enrich.isRunning();
    }

    private SortedMap<String, Long> duplicatesByReason() {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (Counter counter : registry.find("attache.enrich.duplicates").counters()) {
            long count = (long) counter.count();
            if (count > 0) {
                counts.merge(counter.getId().getTag("reason"), count, Long::sum);
            }
        }
        return counts;
    }

    @Override
    public void close() {
        running = false;
        closeQuietly("ingest", ingest);
        closeQuietly("enrich", enrich);
        closeQuietly("sink", sink);
        broker.ifPresent(b -> closeQuietly("broker", b));
    }

    private static void closeQuietly(String part, AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", part, e.toString());
        }
    }
}
