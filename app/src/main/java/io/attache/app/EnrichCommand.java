package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.attache.enrich.EnrichService;
import io.attache.enrich.EnrichSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache enrich}: the Kafka Streams application that dedupes, tags and routes articles, until stopped. */
@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description = {
            "Dedupes, tags and routes the articles of <prefix>.articles (Kafka Streams).",
            "Drops duplicates (same URL, same text, near-identical syndicated copies), tags each article with "
                    + "its country pairs and themes (with evidence) and routes it to <prefix>.enriched, "
                    + "<prefix>.theme.<id> and watched <prefix>.dyad.<AAA>-<BBB> topics; duplicates go to "
                    + "<prefix>.duplicates, unreadable records to <prefix>.dlq. Runs until Ctrl-C/SIGTERM. See "
                    + "docs/design.md."
        })
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Mixin
    EnrichOptions options;

    @Mixin
    TopicCreationOptions creation;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = EnrichSettings.DEFAULT_STATE_DIR,
            description = "Where Kafka Streams keeps its local state stores (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Override
    public Integer call() throws InterruptedException {
        EnrichSettings settings = options.settings(
                kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP), kafka.topics(), stateDir, creation);
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        EnrichService enrich = EnrichService.create(settings, Clock.systemUTC(), registry);
        OpsServer server = OpsServer.start(
                metrics, view, settings.bootstrapServers(), settings.topics(), registry, enrich::isRunning);
        enrich.start();
        System.out.println("Enriching " + settings.topics().articles() + " into "
                + settings.topics().enriched() + " at " + settings.bootstrapServers() + ". Ctrl-C stops.");
        StopSignal.awaitThen("enrich", () -> {
            enrich.close();
            server.close();
        });
        return 0;
    }
}
