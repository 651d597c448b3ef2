package io.attache.app.run;

import io.attache.app.ops.MetricsServer;
import io.attache.app.ops.ProgressReporter;
import io.attache.app.view.LiveView;
import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.enrich.EnrichSettings;
import io.attache.ingest.FeedPollListener;
import io.attache.ingest.IngestSettings;
import io.attache.model.Topics;
import io.attache.sink.SinkSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole pipeline for {@code attache run} and {@code attache demo}: the embedded broker when no
 * cluster is named, metrics, then every part; runs it once (with a summary) or until the JVM is asked to stop.
 */
public final class PipelineLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineLauncher.class);
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);

    /**
     * Where and how to run.
     *
     * @param brokerRetention how long the embedded broker, if one is started, keeps records
     * @param view the view to serve beside the metrics and to feed from the pipeline's topics, if any
     */
    public record Launch(
            Optional<String> bootstrapServers,
            Path stateDir,
            int brokerPort,
            Duration brokerRetention,
            Optional<Integer> metricsPort,
            String metricsHost,
            Duration drainTimeout,
            Optional<LiveView> view) {}

    /** The three parts' settings, built once the broker address is known. */
    @FunctionalInterface
    public interface PartSettings {
        Parts build(String bootstrapServers);
    }

    /** Settings of ingest, enrich and sink. */
    public record Parts(IngestSettings ingest, EnrichSettings enrich, SinkSettings sink) {}

    private final Clock clock;

    public PipelineLauncher(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs every feed once, drains, stops, and returns the summary. The view, if any, has read every record before
     * the broker stops, so it can still show them afterwards.
     */
    public RunSummary runOnce(Launch launch, PartSettings settings) throws InterruptedException {
        Assembly assembly = assemble(launch, settings, parts -> {
            ProgressReporter progress = ProgressReporter.forCurrentProcess(
                    "feeds", parts.ingest().feeds().size(), clock);
            return result -> progress.itemDone(result.published());
        });
        try {
            startProcessing(assembly);
            RunSummary summary = assembly.pipeline().runOnce(launch.drainTimeout());
            awaitView(assembly, launch.drainTimeout());
            return summary;
        } catch (PipelineDrain.DrainTimeoutException e) {
            throw new LaunchException(e.getMessage(), e);
        } finally {
            assembly.close();
        }
    }

    /**
     * Starts every part and polls the feeds on their intervals until the returned handle is closed, which
     * stops ingest, then enrich, then the sink, then the embedded broker. {@code attache run} closes it from
     * a shutdown hook (Ctrl-C, SIGTERM).
     */
    public AutoCloseable start(Launch launch, PartSettings settings) {
        Assembly assembly = assemble(
                launch,
                settings,
                parts -> result -> LOG.debug(
                        "Polled {}: {}", result.feedId(), result.outcome().label()));
        try {
            startProcessing(assembly);
            assembly.pipeline().startIngest();
        } catch (RuntimeException e) {
            assembly.close();
            throw e;
        }
        boolean embedded = assembly.broker().isPresent();
        LOG.info("Pipeline running on {}{}", assembly.bootstrap(), embedded ? " (embedded broker)" : "");
        return () -> {
            LOG.info("Stopping: ingest, then enrich, then sink{}", embedded ? ", then the broker" : "");
            assembly.close();
        };
    }

    /**
     * The broker (if embedded), the pipeline built for its address, the metrics server serving it and the view
     * served beside the metrics.
     */
    private record Assembly(
            Optional<EmbeddedKafkaBroker> broker,
            String bootstrap,
            Topics topics,
            Pipeline pipeline,
            Optional<MetricsServer> metrics,
            Optional<LiveView> view) {
        /** Stops the pipeline in its order, then the metrics server, then the view's reading. */
        void close() {
            pipeline.close();
            metrics.ifPresent(MetricsServer::close);
            view.ifPresent(LiveView::stopFollowing);
        }
    }

    private Assembly assemble(Launch launch, PartSettings settings, Function<Parts, FeedPollListener> listener) {
        Optional<EmbeddedKafkaBroker> broker = embeddedBroker(launch);
        String bootstrap = broker.map(EmbeddedKafkaBroker::bootstrapServers)
                .orElseGet(() -> launch.bootstrapServers().get());
        Parts parts = settings.build(bootstrap);
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        Pipeline pipeline = new Pipeline(
                broker, parts.ingest(), parts.enrich(), parts.sink(), clock, registry, listener.apply(parts));
        Optional<LiveView> view = launch.metricsPort().flatMap(port -> launch.view());
        return new Assembly(
                broker,
                bootstrap,
                parts.ingest().topics(),
                pipeline,
                serveMetrics(launch, registry, pipeline, view),
                view);
    }

    private void startProcessing(Assembly assembly) {
        Pipeline pipeline = assembly.pipeline();
        String bootstrap = assembly.bootstrap();
        if (assembly.broker().isPresent()) {
            LOG.info("No --bootstrap-servers given: starting an embedded Kafka broker at {}", bootstrap);
        }
        try {
            pipeline.startBroker();
        } catch (RuntimeException e) {
            throw new LaunchException("cannot start the embedded Kafka broker: " + e.getMessage(), e);
        }
        requireReachable(bootstrap, assembly.broker().isPresent());
        assembly.view().ifPresent(view -> view.follow(bootstrap, assembly.topics()));
        pipeline.startProcessing();
    }

    private static void awaitView(Assembly assembly, Duration timeout) throws InterruptedException {
        if (assembly.view().isPresent() && !assembly.view().get().awaitCaughtUp(timeout)) {
            LOG.warn("The view has not read every record within {}; it shows what it read", timeout);
        }
    }

    private Optional<EmbeddedKafkaBroker> embeddedBroker(Launch launch) {
        if (launch.bootstrapServers().isPresent()) {
            return Optional.empty();
        }
        int port = portIsFree(launch.brokerPort()) ? launch.brokerPort() : 0;
        if (port != launch.brokerPort()) {
            LOG.info("Port {} is taken; the embedded broker uses a free port instead", launch.brokerPort());
        }
        return Optional.of(EmbeddedKafkaBroker.at(launch.stateDir().resolve("broker"), port)
                .withRetention(launch.brokerRetention()));
    }

    private static Optional<MetricsServer> serveMetrics(
            Launch launch, PrometheusMeterRegistry registry, Pipeline pipeline, Optional<LiveView> view) {
        MetricsServer.Routes routes = LiveView.routesOf(view);
        return launch.metricsPort()
                .map(port -> MetricsServer.start(registry, launch.metricsHost(), port, pipeline::isRunning, routes));
    }

    private static void requireReachable(String bootstrap, boolean embedded) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) REACH_TIMEOUT.toMillis()))
                    .clusterId()
                    .get(REACH_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchException(
                    "cannot reach Kafka at " + bootstrap + " within " + REACH_TIMEOUT.toSeconds() + " s"
                            + (embedded
                                    ? ""
                                    : ": start a broker there (e.g. `./attache broker`), or leave out --bootstrap-servers "
                                            + "to run on an embedded broker"),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while connecting to Kafka at " + bootstrap, e);
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The pipeline could not start or finish; the message says why and what to do. */
    public static final class LaunchException extends RuntimeException {
        LaunchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
