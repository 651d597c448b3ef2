package io.attache.app.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One part of the pipeline as its own operating-system process: the {@code attache} command a user runs
 * ({@code java -jar attache.jar ARGS}), its output appended to a log file across restarts. It can be killed
 * ({@code kill -9}), stopped (SIGTERM, the graceful stop) and started again with the same arguments.
 */
final class PartProcess {
    private static final long STOP_TIMEOUT_SECONDS = 90;

    private final String name;
    private final Path jar;
    private final String heap;
    private final List<String> args;
    private final Path log;
    private Process process;
    private int starts;

    PartProcess(String name, Path jar, String heap, List<String> args, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.heap = heap;
        this.args = List.copyOf(args);
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Starts the process (it must not be running). */
    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", // the parts start often on a busy machine: cheap compilation wins
                "-jar",
                jar.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("ATTACHE_"));
        try {
            Files.writeString(
                    log,
                    "==== start " + (++starts) + ": " + String.join(" ", args) + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The exit code when the process ended on its own or was stopped; empty while it runs or before its start. */
    synchronized Optional<Integer> exitCode() {
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** {@code kill -9}, and waits until it is gone. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** SIGTERM, the graceful stop, and waits until it has finished; returns the exit code. */
    synchronized int stop() {
        if (process == null) {
            return 0;
        }
        process.destroy();
        awaitExit();
        return process.exitValue();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                throw new IllegalStateException(name + " did not stop within " + STOP_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + name, e);
        }
    }

    /** The last lines of the log, for a failure report. */
    String tail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** How many lines of the log, over every start, contain {@code text}. */
    long linesContaining(String text) {
        return logText().lines().filter(line -> line.contains(text)).count();
    }

    /** How many times the process was started. */
    synchronized int starts() {
        return starts;
    }

    private String logText() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
