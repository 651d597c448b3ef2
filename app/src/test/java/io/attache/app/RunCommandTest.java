package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = Main.commandLine(Map.of(), args);
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), err.toString());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    @Test
    void unreachableBrokerFailsWithWhatToDo() throws Exception {
        Path feed = Files.writeString(
                dir.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");

        Run run = run(
                "run",
                "--once",
                "--bootstrap-servers",
                "127.0.0.1:" + closedPort(),
                "--feed",
                feed.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--state-dir",
                dir.resolve("state").toString(),
                "--no-metrics");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("cannot reach Kafka at 127.0.0.1:")
                .contains("./attache broker")
                .doesNotContain("\tat ");
    }

    @Test
    void runWithoutFeedsIsAUsageErrorBeforeAnythingStarts() {
        Run run = run(
                "run",
                "--once",
                "--out",
                dir.resolve("out").toString(),
                "--state-dir",
                dir.resolve("state").toString(),
                "--no-metrics");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no feeds to watch");
    }

    @Test
    void aStoryWindowLongerThanTheRetentionIsAUsageErrorBeforeAnythingStarts() {
        Run run = run(
                "enrich",
                "--story-window",
                "40d",
                "--state-dir",
                dir.resolve("state").toString(),
                "--no-metrics");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("enrich: story window (PT960H) must not be longer than the retention (PT720H)");
    }
}
