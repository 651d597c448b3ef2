package io.attache.sink;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for disk-fault tests: a tmpfs mounted on a folder (as root, or through
 * password-less sudo), which can be filled up, emptied, and remounted read-only and back. Tests that cannot
 * get one are skipped with the reason, never passed.
 */
final class SmallTmpfs implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final Path mountPoint;
    private final Path filler;

    private SmallTmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code sizeKb} KiB on a new folder under {@code parent}, or skips the test. */
    static SmallTmpfs mount(Path parent, int sizeKb) throws IOException {
        Path mountPoint = Files.createDirectories(parent.resolve("tmpfs"));
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + sizeKb + "k", "tmpfs", mountPoint.toString());
        if (!failure.isEmpty()) {
            abort("needs a small tmpfs to fill up, but cannot mount one (run as root or with password-less sudo): "
                    + failure);
        }
        return new SmallTmpfs(mountPoint);
    }

    Path path() {
        return mountPoint;
    }

    /** Writes a file until the file system has no space left. */
    void fill() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                out.flush();
            }
            throw new IllegalStateException("the tmpfs at " + mountPoint + " never filled up");
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                throw e;
            }
        }
    }

    /** Deletes what {@link #fill()} wrote, so the space returns. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    void readOnly() {
        remount("ro");
    }

    void writable() {
        remount("rw");
    }

    private void remount(String mode) {
        String failure = run("mount", "-o", "remount," + mode, mountPoint.toString());
        if (!failure.isEmpty()) {
            throw new IllegalStateException("cannot remount " + mountPoint + " " + mode + ": " + failure);
        }
    }

    @Override
    public void close() {
        String failure = run("umount", mountPoint.toString());
        if (!failure.isEmpty()) {
            throw new IllegalStateException("cannot unmount " + mountPoint + ": " + failure);
        }
    }

    /** Runs a mount command directly as root, else through {@code sudo -n}; the empty string when it worked. */
    private static String run(String... command) {
        List<String> line = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            line.add("sudo");
            line.add("-n");
        }
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", line) + " did not finish within " + TIMEOUT_SECONDS + " s";
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 ? "" : String.join(" ", line) + ": " + output;
        } catch (IOException e) {
            return String.join(" ", line) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while running " + line, e));
        }
    }
}
