package io.attache.app;

import io.attache.app.ops.MetricsServer;
import io.attache.sink.SinkService;
import io.attache.sink.SinkSettings;
import io.attache.sink.SinkStats;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code attache sink}: writes the enriched and per-theme topics to files, exactly once, until stopped. */
@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description = {
            "Writes topics to JSON Lines files, exactly once across crashes and rebalances.",
            "Files are named",
            "  <out>/<topic>/partition=<p>/<topic>+<p>+<firstOffset>+<lastOffset>.jsonl",
            "and each is written under a hidden temporary name, synced, then renamed; on start the next offset of each "
                    + "partition is read back from the file names. Instances with the same --group-id and --out share "
                    + "the partitions. Ctrl-C or SIGTERM commits the open files, then stops. See docs/sink.md."
        })
final class SinkCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Mixin
    SinkOptions options;

    @Override
    public Integer call() throws InterruptedException {
        options.requireWritableOut();
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        SinkSettings settings =
                options.settings(kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP), kafka.topics());
        SinkService sink = SinkService.create(settings, Clock.systemUTC(), registry);
        OpsServer server =
                OpsServer.start(metrics, view, settings.bootstrapServers(), kafka.topics(), registry, sink::isRunning);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sink.close();
                            server.close();
                            SinkStats stats = sink.stats();
                            System.out.printf(
                                    "Sink stopped: %d files, %d bytes, %d records, %d rejected, %d tombstones skipped.%n",
                                    stats.files(),
                                    stats.bytes(),
                                    stats.records(),
                                    stats.rejected(),
                                    stats.tombstones());
                        },
                        "attache-sink-shutdown"));
        sink.start();
        System.out.println(
                "Sink writing to " + options.out.toAbsolutePath() + ". Ctrl-C commits the open files and stops.");
        while (sink.isRunning()) {
            Thread.sleep(500);
        }
        return sink.failure().isPresent() ? 1 : 0;
    }
}
