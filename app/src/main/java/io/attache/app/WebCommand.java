package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.attache.app.view.LiveView;
import io.attache.model.Topics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code attache web}: serves the view of a running pipeline's topics, and nothing else, until stopped. */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves the view of a pipeline's topics at http://127.0.0.1:9468/ until Ctrl-C.",
            "Reads <prefix>.enriched and <prefix>.stories (from --view-look-back on) and <prefix>.feed-state, every "
                    + "partition, without a consumer group: it sees what every ingest and enrich instance wrote and takes "
                    + "nothing from their groups. Shows feed health, pairs × themes over 7 days, 30 days or everything, "
                    + "a pair's time line, the latest stories and articles with their evidence, and updates while open.",
            "Listens on --metrics-host (127.0.0.1 unless told otherwise); /metrics, /health and /ready are served too."
        })
final class WebCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Override
    public Integer call() throws InterruptedException {
        if (metrics.port().isEmpty()) {
            throw new UserException("web serves the view beside the metrics: leave out --no-metrics");
        }
        LiveView live =
                view.view().orElseThrow(() -> new UserException("web only serves the view: leave out --no-view"));
        String bootstrap = kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP);
        Topics topics = kafka.topics();
        live.follow(bootstrap, topics);
        MetricsServer server = metrics.serve(MetricsServer.newRegistry(), live::isFollowing, live.routes())
                .orElseThrow();
        System.out.println("The view of " + topics.prefix() + ".* at " + bootstrap + ": http://" + metrics.metricsHost
                + ":" + server.port() + "/ (Ctrl-C stops).");
        StopSignal.awaitThen("web", () -> {
            server.close();
            live.stopFollowing();
        });
        return 0;
    }
}
