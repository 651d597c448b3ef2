package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Whether and where a command serves /metrics, /health and /ready; shared by every long-running command. */
public final class MetricsOptions {
    /**
     * Each command's default port: distinct, so that {@code broker}, {@code ingest}, {@code enrich} and
     * {@code sink} run side by side on one host with their defaults.
     */
    static final Map<String, Integer> DEFAULT_PORTS =
            Map.of("run", 9464, "demo", 9464, "ingest", 9465, "enrich", 9466, "sink", 9467, "web", 9468);

    @Option(
            names = "--metrics-port",
            paramLabel = "N",
            description =
                    "Port for /metrics (Prometheus), /health, /ready and the view's page at /; 0 picks a free one "
                            + "(default: 9464 for run and demo, 9465 for ingest, 9466 for enrich, 9467 for sink, 9468 for web).")
    Integer metricsPort;

    @Option(
            names = "--metrics-host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Address the metrics server (and the view) listens on; 0.0.0.0 in a container, to be reached "
                    + "from outside it (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    @Option(
            names = "--no-metrics",
            description = "Serve no metrics or health endpoints, and so no view (default: serve them).")
    boolean noMetrics;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The port to serve on, or empty with --no-metrics. */
    Optional<Integer> port() {
        if (noMetrics) {
            return Optional.empty();
        }
        return Optional.of(metricsPort != null ? metricsPort : DEFAULT_PORTS.get(command.name()));
    }

    /** Starts the metrics server, serving {@code routes} besides, unless --no-metrics was given. */
    Optional<MetricsServer> serve(
            PrometheusMeterRegistry registry, BooleanSupplier ready, MetricsServer.Routes routes) {
        return port().map(port -> MetricsServer.start(registry, metricsHost, port, ready, routes));
    }
}
