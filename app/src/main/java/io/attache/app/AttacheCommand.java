package io.attache.app;

import io.attache.model.AttacheVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top-level {@code attache} command; it only groups the subcommands. */
@Command(
        name = "attache",
        mixinStandardHelpOptions = true,
        versionProvider = AttacheCommand.Version.class,
        description = "Watches diplomatic press-release and news feeds and turns them into clean, tagged Kafka topics.",
        footer = {
            "",
            "Every option can also be set by an environment variable ATTACHE_<OPTION> (e.g. "
                    + "--bootstrap-servers: ATTACHE_BOOTSTRAP_SERVERS) or by a key in a properties file "
                    + "(bootstrap-servers=...) named by --config or ATTACHE_CONFIG, else by attache.properties in the "
                    + "working directory if there is one.",
            "Precedence: command line, then environment, then config file, then the built-in default."
        },
        subcommands = {
            BrokerCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            RunCommand.class,
            DemoCommand.class,
            WebCommand.class,
            TailCommand.class,
            SampleFeedsCommand.class,
            FeedsCommand.class
        })
public final class AttacheCommand implements Runnable {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Properties file with option defaults (key = long option name without dashes).")
    String config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: say which part to run");
    }

    /** Reports the version the jar was built as. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"attache " + AttacheVersion.get(), "Java " + Runtime.version()};
        }
    }
}
