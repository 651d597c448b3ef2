package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.attache.app.ops.ProgressReporter;
import io.attache.ingest.IngestService;
import io.attache.ingest.IngestSettings;
import io.attache.ingest.PollReport;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache ingest}: polls RSS/Atom feeds and publishes their new entries to {@code news.articles}. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Polls RSS/Atom/JSON feeds and HTML listing pages and publishes their new entries to <prefix>.articles.",
            "Every new entry is normalised and published keyed by article id; each feed's fetch state goes to "
                    + "the compacted <prefix>.feed-state topic. Runs until stopped (Ctrl-C/SIGTERM finish in-flight "
                    + "publishes first), or polls once with --once."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Mixin
    IngestOptions options;

    @Mixin
    TopicCreationOptions creation;

    @Option(
            names = "--once",
            description =
                    "Poll every feed once, wait for Kafka's acknowledgements, print a summary and exit (default: run until stopped).")
    boolean once;

    @Override
    public Integer call() throws InterruptedException {
        IngestSettings settings =
                options.settings(kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP), kafka.topics(), creation);
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        if (once) {
            ProgressReporter progress =
                    ProgressReporter.forCurrentProcess("feeds", settings.feeds().size(), Clock.systemUTC());
            IngestService ingest = IngestService.create(
                    settings, Clock.systemUTC(), registry, result -> progress.itemDone(result.published()));
            try (ingest) {
                PollReport report = ingest.pollOnce();
                System.out.print(report.table());
            }
            return 0;
        }
        IngestService ingest = IngestService.create(settings, Clock.systemUTC(), registry);
        OpsServer server =
                OpsServer.start(metrics, view, settings.bootstrapServers(), settings.topics(), registry, () -> true);
        ingest.start();
        System.out.println("Ingesting " + settings.feeds().size() + " feeds into "
                + settings.topics().articles() + " at " + settings.bootstrapServers() + ". Ctrl-C stops.");
        StopSignal.awaitThen("ingest", () -> {
            ingest.close();
            server.close();
        });
        return 0;
    }
}
