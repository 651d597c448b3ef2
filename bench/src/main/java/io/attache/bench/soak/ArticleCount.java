package io.attache.bench.soak;

import io.attache.sink.SinkFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The articles in a topic's committed files: one line each. A file's offset range counts transaction markers too
 * (about one offset in twelve in the soak), so only the lines say how many articles are in; committed files never
 * change, so each is counted once, when it first appears.
 */
final class ArticleCount {
    private final Path topicFolder;
    private final Set<Path> counted = new HashSet<>();
    private long total;

    ArticleCount(Path topicFolder) {
        this.topicFolder = topicFolder;
    }

    /** Counts the files committed since the last call and returns the articles in all of them. */
    long update() throws IOException {
        if (!Files.isDirectory(topicFolder)) {
            return total;
        }
        try (Stream<Path> files = Files.walk(topicFolder)) {
            files.filter(file ->
                            SinkFileName.parse(file.getFileName().toString()).isPresent())
                    .filter(counted::add)
                    .forEach(file -> total += lines(file));
        }
        return total;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the lines of " + file, e);
        }
    }
}
