package io.attache.app.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The repository's compose stack ({@code docker-compose.yml}, and {@code docker-compose.override.yml} when
 * containers/setup-offline wrote one) as a compose project of its own, driven through the compose command
 * as a user would; its broker's host port is a free one, so it runs beside a user's own stack.
 */
final class ComposeStack implements AutoCloseable {
    /** What a command printed, and how it ended. */
    record Result(int exitCode, String output) {}

    private static final long COMMAND_TIMEOUT_MINUTES = 10;

    private final Path root;
    private final List<String> compose;
    private final String project = "attache-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> environment = Map.of("KAFKA_HOST_PORT", String.valueOf(freePort()));

    private ComposeStack(Path root, List<String> compose) {
        this.root = root;
        this.compose = compose;
    }

    /** Builds the images from this checkout and starts the stack with the extra {@code up} arguments. */
    static ComposeStack up(Path root, String... upArguments) {
        ComposeStack stack = new ComposeStack(root, composeCommand(root));
        List<String> up = new ArrayList<>(List.of("up", "-d", "--build"));
        up.addAll(List.of(upArguments));
        try {
            stack.runOrFail(up.toArray(String[]::new));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Runs {@code compose -p <project> <arguments>} in the repository's root. */
    Result run(String... arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("-p", project));
        command.addAll(List.of(arguments));
        return exec(command, root, environment);
    }

    /** Like {@link #run}, failing with the command's output when it fails. */
    String runOrFail(String... arguments) {
        return succeeded(run(arguments), "compose " + String.join(" ", arguments));
    }

    /** Each container of the project by name, with its exit code (meaningful once it stopped). */
    Map<String, Integer> exitCodes() {
        Map<String, Integer> codes = new TreeMap<>();
        for (String id :
                runOrFail("ps", "-q").lines().filter(line -> !line.isBlank()).toList()) {
            String[] nameAndCode = succeeded(
                            exec(
                                    List.of("docker", "inspect", "--format", "{{.Name}} {{.State.ExitCode}}", id),
                                    root,
                                    Map.of()),
                            "docker inspect")
                    .trim()
                    .split(" ");
            codes.put(nameAndCode[0], Integer.parseInt(nameAndCode[1]));
        }
        return codes;
    }

    /** Stops and removes the stack with its volumes. */
    @Override
    public void close() {
        run("down", "-v", "--remove-orphans");
    }

    private static String succeeded(Result result, String what) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
        return result.output();
    }

    private static Result exec(List<String> command, Path directory, Map<String, String> environment) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            // Output to a file, not a pipe: a command that prints much would block on a full pipe.
            Path output = Files.createTempFile("attache-command", ".log");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            command + " did not finish in " + COMMAND_TIMEOUT_MINUTES + " minutes");
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** docker-compose (Compose v1, as Debian ships it) where installed, else the {@code docker compose} plugin. */
    private static List<String> composeCommand(Path root) {
        try {
            return exec(List.of("docker-compose", "version"), root, Map.of()).exitCode() == 0
                    ? List.of("docker-compose")
                    : List.of("docker", "compose");
        } catch (UncheckedIOException notInstalled) {
            return List.of("docker", "compose");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
