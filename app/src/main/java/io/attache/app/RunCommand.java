package io.attache.app;

import io.attache.app.run.PipelineLauncher;
import io.attache.app.run.PipelineLauncher.Launch;
import io.attache.app.run.PipelineLauncher.Parts;
import io.attache.app.run.RunSummary;
import io.attache.app.view.LiveView;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache run}: ingest, enrich and sink in one process, on an embedded broker unless one is named. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs ingest, enrich and sink in one process, on an embedded broker unless one is named.",
            "Polls the feeds, enriches the articles and writes the enriched and per-theme topics to files "
                    + "under --out. With no --bootstrap-servers it starts its own single-node Kafka broker (data under "
                    + "--state-dir), so nothing has to be installed first.",
            "Serves the view (feed health, pairs × themes, time lines, stories, articles) at http://127.0.0.1:9464/ "
                    + "beside the metrics (--metrics-host, --metrics-port; --no-view turns it off).",
            "Continuous by default (Ctrl-C/SIGTERM stops ingest, then enrich, then sink, then the broker, "
                    + "losing nothing); --once polls every feed once, waits until every article is enriched or recorded "
                    + "as a duplicate and every enriched record is in a committed file, prints a summary and exits.",
            "Exit codes: 0 done (a failing feed does not fail the run), 2 usage error or Kafka unreachable."
        })
final class RunCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    RunOptions run;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Option(
            names = "--once",
            description = "Poll every feed once, drain the pipeline, print a summary and exit "
                    + "(default: run until stopped).")
    boolean once;

    @Mixin
    IngestOptions ingest;

    @Mixin
    EnrichOptions enrich;

    @Mixin
    SinkOptions sink;

    @Mixin
    TopicCreationOptions creation;

    @Override
    public Integer call() throws InterruptedException {
        sink.requireWritableOut();
        return launch(
                kafka,
                run,
                metrics,
                view.view(),
                once,
                parts(kafka, run, ingest, enrich, sink, creation),
                Clock.systemUTC());
    }

    /** Every part's settings, built once the broker finally used is known. */
    static PipelineLauncher.PartSettings parts(
            KafkaOptions kafka,
            RunOptions run,
            IngestOptions ingest,
            EnrichOptions enrich,
            SinkOptions sink,
            TopicCreationOptions creation) {
        return bootstrap -> new Parts(
                ingest.settings(bootstrap, kafka.topics(), creation),
                enrich.settings(bootstrap, kafka.topics(), run.stateDir.resolve("enrich-state"), creation),
                sink.settings(bootstrap, kafka.topics()));
    }

    /** Runs the pipeline as the options say; shared with {@code demo}. */
    static int launch(
            KafkaOptions kafka,
            RunOptions run,
            MetricsOptions metrics,
            Optional<LiveView> view,
            boolean once,
            PipelineLauncher.PartSettings settings,
            Clock clock)
            throws InterruptedException {
        Launch launch = new Launch(
                kafka.hasBootstrapServers() ? Optional.of(kafka.bootstrapServers) : Optional.empty(),
                run.stateDir,
                run.brokerPort,
                run.brokerRetention,
                metrics.port(),
                metrics.metricsHost,
                run.drainTimeout,
                view);
        PipelineLauncher launcher = new PipelineLauncher(clock);
        try {
            if (once) {
                RunSummary summary = launcher.runOnce(launch, settings);
                System.out.print(summary.table());
                return 0;
            }
            AutoCloseable pipeline = launcher.start(launch, settings);
            System.out.println("Pipeline running. Ctrl-C stops it (ingest, then enrich, then sink, then the broker).");
            StopSignal.awaitThen("run", pipeline::close);
            return 0;
        } catch (PipelineLauncher.LaunchException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
