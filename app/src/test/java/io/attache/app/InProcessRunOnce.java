package io.attache.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code attache run --once} in this JVM against a test broker, with its own topic prefix, ids and
 * directories under {@code dir}, and keeps what it printed.
 *
 * @param exitCode the command's exit code
 * @param summary  what it printed on standard output
 */
record InProcessRunOnce(int exitCode, String summary) {

    /** Runs over the sources named by {@code sourceArgs} ({@code --feeds FILE} or {@code --feed X} ...). */
    static InProcessRunOnce run(String bootstrapServers, String prefix, Path dir, String... sourceArgs) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--once",
                "--bootstrap-servers",
                bootstrapServers,
                "--topic-prefix",
                prefix,
                "--application-id",
                prefix + "-enrich",
                "--group-id",
                prefix + "-sink",
                "--out",
                dir.resolve("out").toString(),
                "--state-dir",
                dir.resolve("state").toString(),
                "--no-metrics"));
        args.addAll(List.of(sourceArgs));
        String[] argv = args.toArray(String[]::new);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Main.commandLine(Map.of(), argv).execute(argv);
            return new InProcessRunOnce(exitCode, stdout.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
