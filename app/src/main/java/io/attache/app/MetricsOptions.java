package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;

/** Whether and where a command serves /metrics, /health and /ready; shared by every long-running command. */
public final class MetricsOptions {
    @Option(names = "--metrics-port", paramLabel = "N", defaultValue = "9464",
            description = "Port for /metrics (Prometheus), /health and /ready on 127.0.0.1; 0 picks a free one "
                    + "(default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the metrics server listens on; 0.0.0.0 in a container (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    @Option(names = "--no-metrics", description = "Serve no metrics or health endpoints (default: serve them).")
    boolean noMetrics;

    /** The port to serve on, or empty with --no-metrics. */
    Optional<Integer> port() {
        return noMetrics ? Optional.empty() : Optional.of(metricsPort);
    }

    /** Starts the metrics server unless --no-metrics was given. */
    Optional<MetricsServer> serve(PrometheusMeterRegistry registry, BooleanSupplier ready) {
        return port().map(port -> MetricsServer.start(registry, metricsHost, port, ready));
    }
}
