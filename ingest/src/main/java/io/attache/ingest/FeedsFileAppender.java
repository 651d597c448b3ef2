package io.attache.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds feeds to a feeds file by appending them as text, so the user's comments and layout stay as they were.
 * The result is read back before it replaces the file: a file the appended text would break is left untouched.
 */
public final class FeedsFileAppender {
    private FeedsFileAppender() {}

    /** What an append did: the feeds added, and those skipped because their URL or id was already listed. */
    public record Appended(List<FeedConfig> added, List<FeedConfig> skipped) {
        public Appended {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    /** Appends the feeds not yet listed (by URL, or by id) to {@code file}, creating it when missing. */
    public static Appended append(Path file, List<FeedConfig> feeds) {
        List<FeedConfig> existing = Files.exists(file) ? FeedsFile.load(file) : List.of();
        Set<String> urls =
                existing.stream().map(f -> f.url().toString()).collect(Collectors.toCollection(HashSet::new));
        Set<String> ids = existing.stream().map(FeedConfig::id).collect(Collectors.toCollection(HashSet::new));
        List<FeedConfig> added = new ArrayList<>();
        List<FeedConfig> skipped = new ArrayList<>();
        for (FeedConfig feed : feeds) {
            boolean listed = !urls.add(feed.url().toString()) || !ids.add(feed.id());
            (listed ? skipped : added).add(feed);
        }
        if (added.isEmpty()) {
            return new Appended(added, skipped);
        }
        try {
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "feeds:\n";
            StringBuilder text = new StringBuilder(before);
            if (!before.endsWith("\n")) {
                text.append('\n');
            }
            added.forEach(feed -> text.append(yaml(feed)));
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".feeds-", ".yaml");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                FeedsFile.load(tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new FeedsFileException(file + ": cannot be written: " + e.getMessage());
        }
        return new Appended(added, skipped);
    }

    private static String yaml(FeedConfig feed) {
        StringBuilder yaml = new StringBuilder()
                .append("  - id: ")
                .append(feed.id())
                .append('\n')
                .append("    url: ")
                .append(quoted(feed.url().toString()))
                .append('\n');
        if (!feed.language().isEmpty()) {
            yaml.append("    language: ").append(feed.language()).append('\n');
        }
        return yaml.toString();
    }

    /** A YAML double-quoted scalar: URLs may hold '#', ': ' or other chars YAML reads otherwise. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
