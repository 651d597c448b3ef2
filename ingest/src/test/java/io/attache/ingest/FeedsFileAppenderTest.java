package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileAppenderTest {
    @TempDir
    Path dir;

    @Test
    void newFeedsAreAppendedAndTheFilesCommentsKept() throws IOException {
        Path file = Files.writeString(
                dir.resolve("feeds.yaml"), "# my feeds\nfeeds:\n  - id: a\n    url: https://a.example/rss\n");

        FeedsFileAppender.Appended result = FeedsFileAppender.append(
                file,
                List.of(
                        FeedConfig.of("b", URI.create("https://b.example/rss?x=1#top")),
                        FeedConfig.of("again", URI.create("https://a.example/rss"))));

        assertThat(result.added()).extracting(FeedConfig::id).containsExactly("b");
        assertThat(result.skipped()).extracting(FeedConfig::id).containsExactly("again");
        assertThat(Files.readString(file)).startsWith("# my feeds\n");
        assertThat(FeedsFile.load(file))
                .extracting(FeedConfig::url)
                .containsExactly(URI.create("https://a.example/rss"), URI.create("https://b.example/rss?x=1#top"));
    }

    @Test
    void aMissingFeedsFileIsCreated() {
        Path file = dir.resolve("new.yaml");

        FeedsFileAppender.append(file, List.of(FeedConfig.of("b", URI.create("https://b.example/rss"))));

        assertThat(FeedsFile.load(file)).extracting(FeedConfig::id).containsExactly("b");
    }
}
