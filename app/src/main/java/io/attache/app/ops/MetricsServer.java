package io.attache.app.ops;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /metrics} in Prometheus text format, {@code /health} (liveness: the process answers) and
 * {@code /ready} (readiness: every part started and still running) over plain HTTP, and whatever more
 * {@link Routes} add (the view's page at {@code /}). Every answer carries the headers of {@link HttpReply}.
 */
public final class MetricsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private static final int HTTP_THREADS = 4;

    private final PrometheusMeterRegistry registry;
    private final HttpServer server;

    private final ExecutorService executor;

    private MetricsServer(PrometheusMeterRegistry registry, HttpServer server, ExecutorService executor) {
        this.registry = registry;
        this.server = server;
        this.executor = executor;
    }

    /** A registry with JVM meters bound, for the parts to register theirs in. */
    public static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    /** More paths to serve beside the metrics and health ones. */
    @FunctionalInterface
    public interface Routes {
        /** Adds contexts to {@code server} before it starts. */
        void addTo(HttpServer server);
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free one).
     *
     * @param ready answers whether the pipeline is ready to serve traffic
     */
    public static MetricsServer start(PrometheusMeterRegistry registry, String host, int port, BooleanSupplier ready) {
        return start(registry, host, port, ready, server -> {});
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free one), with {@code routes} besides.
     *
     * @param ready answers whether the pipeline is ready to serve traffic
     */
    public static MetricsServer start(
            PrometheusMeterRegistry registry, String host, int port, BooleanSupplier ready, Routes routes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            server.createContext(
                    "/metrics",
                    exchange -> HttpReply.send(
                            exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.createContext(
                    "/health", exchange -> HttpReply.send(exchange, 200, "text/plain; charset=utf-8", "ok\n"));
            server.createContext("/ready", exchange -> {
                boolean isReady = ready.getAsBoolean();
                HttpReply.send(
                        exchange,
                        isReady ? 200 : 503,
                        "text/plain; charset=utf-8",
                        isReady ? "ready\n" : "not ready\n");
            });
            routes.addTo(server);
            // A few threads, so that a slow page request never holds up a Prometheus scrape.
            ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
                Thread thread = new Thread(r, "attache-metrics-http");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            MetricsServer metrics = new MetricsServer(registry, server, executor);
            LOG.info("Metrics on http://{}:{}/metrics, health on /health and /ready", host, metrics.port());
            return metrics;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve metrics on " + host + ":" + port + ": " + e.getMessage()
                            + " (choose another --metrics-port, or --no-metrics)",
                    e);
        }
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
