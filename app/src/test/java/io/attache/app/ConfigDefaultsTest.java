package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigDefaultsTest {
    @TempDir
    Path dir;

    private BrokerCommand parseBroker(Map<String, String> env, String... args) {
        String[] withSubcommand = new String[args.length + 1];
        withSubcommand[0] = "broker";
        System.arraycopy(args, 0, withSubcommand, 1, args.length);
        CommandLine.ParseResult parsed = Main.commandLine(env, withSubcommand).parseArgs(withSubcommand);
        return (BrokerCommand) parsed.subcommand().commandSpec().userObject();
    }

    private Path configFile(String text) throws Exception {
        Path file = dir.resolve("attache.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void builtInDefaultAppliesWhenNothingElseSaysOtherwise() {
        assertThat(parseBroker(Map.of()).port).isEqualTo(9092);
    }

    @Test
    void environmentVariableOverridesBuiltInDefault() {
        assertThat(parseBroker(Map.of("ATTACHE_PORT", "19092")).port).isEqualTo(19092);
    }

    @Test
    void configFileOverridesBuiltInDefault() throws Exception {
        Path file = configFile("port=29092\n");

        assertThat(parseBroker(Map.of(), "--config", file.toString()).port).isEqualTo(29092);
    }

    @Test
    void environmentOverridesConfigFile() throws Exception {
        Path file = configFile("port=29092\n");

        assertThat(parseBroker(Map.of("ATTACHE_PORT", "19092"), "--config=" + file).port)
                .isEqualTo(19092);
    }

    @Test
    void commandLineOverridesEverything() throws Exception {
        Path file = configFile("port=29092\n");

        BrokerCommand broker =
                parseBroker(Map.of("ATTACHE_PORT", "19092", "ATTACHE_CONFIG", file.toString()), "--port", "39092");

        assertThat(broker.port).isEqualTo(39092);
    }

    @Test
    void configFileNamedByEnvironmentIsRead() throws Exception {
        Path file = configFile("data-dir=/var/lib/attache\n");

        assertThat(parseBroker(Map.of("ATTACHE_CONFIG", file.toString())).dataDir)
                .isEqualTo(Path.of("/var/lib/attache"));
    }

    @Test
    void missingNamedConfigFileIsAnErrorNamingTheFile() {
        String missing = dir.resolve("nope.properties").toString();

        assertThatThrownBy(() -> ConfigDefaults.load(Map.of(), new String[] {"--config", missing}))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("config file " + missing + " does not exist");
    }

    @Test
    void invalidValueInTheConfigFileNamesTheFileLineAndKey() throws Exception {
        Path file = configFile("# sink settings\nout=files\nrotate-records=many\n");

        CommandRun run = CommandRun.of("--config", file.toString(), "sink", "--no-metrics");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--rotate-records")
                .contains("'many'")
                .contains("(from " + file + " line 3, key rotate-records)");
    }

    @Test
    void unknownKeyInTheConfigFileIsRefusedWithItsLine() throws Exception {
        Path file = configFile("out=files\nrotate-recrods=5\n");

        CommandRun run = CommandRun.of("--config", file.toString(), "broker", "--help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + " line 2: unknown key 'rotate-recrods'");
    }

    @Test
    void keysOfOtherCommandsAreNotUnknown() throws Exception {
        Path file = configFile("out=files\nfeeds=feeds.yaml\nport=19092\n");

        CommandRun run = CommandRun.of("--config", file.toString(), "broker", "--help");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void envNameIsUpperSnakeCaseWithPrefix() {
        assertThat(ConfigDefaults.envName("bootstrap-servers")).isEqualTo("ATTACHE_BOOTSTRAP_SERVERS");
    }
}
