package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.attache.app.view.LiveView;
import io.attache.model.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What a standalone command serves over HTTP: the metrics and health endpoints unless {@code --no-metrics}, and
 * the view beside them when it is on, following the cluster the command works on.
 */
final class OpsServer implements AutoCloseable {
    private final Optional<LiveView> view;
    private final Optional<MetricsServer> server;

    private OpsServer(Optional<LiveView> view, Optional<MetricsServer> server) {
        this.view = view;
        this.server = server;
    }

    /** Starts serving as the options say; the view reads the topics under {@code topics} at {@code bootstrap}. */
    static OpsServer start(
            MetricsOptions metrics,
            ViewOptions views,
            String bootstrap,
            Topics topics,
            PrometheusMeterRegistry registry,
            BooleanSupplier ready) {
        Optional<LiveView> view = metrics.port().isPresent() ? views.view() : Optional.empty();
        view.ifPresent(v -> v.follow(bootstrap, topics));
        MetricsServer.Routes routes = LiveView.routesOf(view);
        return new OpsServer(view, metrics.serve(registry, ready, routes));
    }

    @Override
    public void close() {
        server.ifPresent(MetricsServer::close);
        view.ifPresent(LiveView::stopFollowing);
    }
}
