package io.attache.app;

import picocli.CommandLine.Option;

/** How the topics a part creates at start-up are laid out; topics that exist already are left as they are. */
public final class TopicCreationOptions {
    @Option(
            names = "--partitions",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "Partitions of the topics this command creates when they do not exist (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(
            names = "--replication",
            paramLabel = "N",
            defaultValue = "1",
            description = "Replication factor of the topics this command creates (default: ${DEFAULT-VALUE}; "
                    + "use 3 on a production cluster).")
    short replication;
}
