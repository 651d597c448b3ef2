package io.attache.app;

import io.attache.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attache broker}: a single-node Kafka broker for local use, until stopped. */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a single-node Kafka broker for local use until stopped.",
            "KRaft, broker and controller in one process; Ctrl-C or SIGTERM stops it. Storage is formatted on "
                    + "first start and kept across restarts. Any Kafka client can use it; it is what `attache run` "
                    + "starts when no --bootstrap-servers is given."
        })
final class BrokerCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "9092",
            description = "Port to listen on, on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = ".attache/broker",
            description = "Where the broker keeps its logs and metadata (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, port).start();
        System.out.println("Kafka broker ready at " + broker.bootstrapServers() + " (data in " + broker.dataDir()
                + "). Ctrl-C stops it.");
        StopSignal.awaitThen("broker", broker::close);
        return 0;
    }
}
