package io.attache.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Debian's Chromium, run headless: loads a page, lets its scripts run, and gives back the rendered document. */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The Chromium on the PATH, if there is one. */
    static Optional<HeadlessChromium> find() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(HeadlessChromium::new);
    }

    /**
     * The document of {@code url} as it stands once the page's scripts have run for {@code virtualMillis} of the
     * browser's virtual time (which waits for the page's requests to be answered).
     */
    String renderedDom(String url, Path profile, int virtualMillis) throws IOException, InterruptedException {
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Process chromium = new ProcessBuilder(
                        executable.toString(),
                        "--headless",
                        "--disable-gpu",
                        "--no-sandbox",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        "--virtual-time-budget=" + virtualMillis,
                        "--dump-dom",
                        url)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not render " + url + " within " + TIMEOUT_SECONDS + " s");
        }
        if (chromium.exitValue() != 0) {
            throw new IllegalStateException("chromium failed on " + url + " with exit code " + chromium.exitValue());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
