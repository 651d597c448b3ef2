package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.app.run.EnrichedFiles;
import io.attache.model.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache demo} on its own embedded broker (Kafka's production jars, in this JVM), as a newcomer runs it. */
class DemoIT {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out) {}

    private Run demo(String... extra) {
        String[] base = {
            "demo",
            "--state-dir",
            dir.resolve("state").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--broker-port",
            "0",
            "--no-metrics"
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.commandLine(Map.of(), args).execute(args), stdout.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void demoWritesEnrichedFilesAndShowsWhereTheyAre() throws Exception {
        Run run = demo();

        assertThat(run.exitCode()).isZero();
        assertThat(EnrichedFiles.read(dir.resolve("out"), Topics.defaults().enriched()))
                .isNotEmpty();
        assertThat(run.out())
                .contains("Files are under " + dir.resolve("out").toAbsolutePath())
                .contains("news.enriched/partition=")
                .contains("\"dyads\"");
    }

    @Test
    void demoRefusesAnOutFolderItDidNotMake() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/precious.txt"), "analyst notes");

        Run run = demo();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/precious.txt"))).isEqualTo("analyst notes");
    }
}
