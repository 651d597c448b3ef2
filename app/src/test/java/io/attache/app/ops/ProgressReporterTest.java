package io.attache.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void lineCountsItemsAndArticles() {
        ProgressReporter progress = ProgressReporter.create("feeds", 4, null, CLOCK, Duration.ofSeconds(10));

        progress.itemDone(1200);
        progress.itemDone(30);

        assertThat(progress.line()).endsWith("] 2/4 feeds, 1,230 articles");
    }

    @Test
    void barFillsInProportion() {
        ProgressReporter progress = ProgressReporter.create("feeds", 2, null, CLOCK, Duration.ofSeconds(10));

        progress.itemDone(0);

        assertThat(progress.line()).startsWith("[" + "=".repeat(15) + ">");
    }

    @Test
    void terminalLineIsRedrawnInPlaceAndEndsWithNewline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressReporter progress = ProgressReporter.create(
                "feeds", 2, new PrintStream(out, true, StandardCharsets.UTF_8), CLOCK, Duration.ofSeconds(10));

        progress.itemDone(1);
        progress.itemDone(2);

        String drawn = out.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[").contains("\r[").endsWith("2/2 feeds, 3 articles" + System.lineSeparator());
    }
}
