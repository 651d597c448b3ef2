package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = Main.commandLine(Map.of(), args);
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void withoutFeedsItSaysWhatToGive() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "ingest", "--once")).isEqualTo(2);
        assertThat(err.toString()).contains("--feeds FILE").contains("--feed URL|PATH");
    }

    @Test
    void badFeedsFileIsOneLineNamingFileLineAndField() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n  - id: a\n    url: gopher://x\n");
        StringWriter err = new StringWriter();

        assertThat(run(err, "ingest", "--once", "--feeds", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":3: field 'url'");
    }

    @Test
    void aUserAgentThatIsNoProductTokenIsAUserError() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "ingest", "--once", "--feed", "http://127.0.0.1:9/rss", "--user-agent", "Attaché bot"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("user agent 'Attaché bot' is not a product token");
    }
}
