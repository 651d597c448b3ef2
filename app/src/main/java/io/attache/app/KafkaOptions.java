package io.attache.app;

import io.attache.model.Topics;
import picocli.CommandLine.Option;

/** Where the Kafka cluster is and which topic names to use; shared by every part that talks to Kafka. */
public final class KafkaOptions {
    /** Where ingest, enrich and sink look for Kafka when no brokers are named: a local `attache broker`. */
    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to.%nDefault for ingest, enrich and sink: 127.0.0.1:9092 "
                    + "(e.g. `attache broker`); `attache run` starts its own embedded broker when this is not given.")
    String bootstrapServers;

    @Option(
            names = "--topic-prefix",
            paramLabel = "PREFIX",
            defaultValue = Topics.DEFAULT_PREFIX,
            description =
                    "Prefix of every topic name (default: ${DEFAULT-VALUE}, giving news.articles, news.enriched, ...).")
    String topicPrefix;

    /** The configured brokers, or {@code fallback} when none was given. */
    public String bootstrapServersOr(String fallback) {
        return bootstrapServers == null || bootstrapServers.isBlank() ? fallback : bootstrapServers;
    }

    /** True when the user named brokers (on the command line, in the environment or the config file). */
    public boolean hasBootstrapServers() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }

    public Topics topics() {
        return new Topics(topicPrefix);
    }
}
