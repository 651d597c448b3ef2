package io.attache.app;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Story;
import io.attache.model.ThemeTag;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One readable line per record for {@code attache tail}. Feed text is untrusted: control characters (which could
 * move the cursor or recolour the terminal) become spaces.
 */
final class TailLines {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E]");

    private TailLines() {}

    /** {@code published  pairs  themes  feed  title}. */
    static String of(EnrichedArticle enriched) {
        return String.join(
                "  ",
                WHEN.format(enriched.article().published()),
                orDash(enriched.dyads().stream().map(Dyad::key).toList()),
                orDash(enriched.themes().stream().map(ThemeTag::id).toList()),
                safe(enriched.article().feed().id()),
                safe(enriched.article().title()));
    }

    /** {@code last report  pair  reports and publishers  headline  [story id]}. */
    static String of(Story story) {
        return String.join(
                "  ",
                WHEN.format(story.lastReportAt()),
                story.countries().isEmpty() ? "-" : String.join("-", story.countries()),
                story.reports() + (story.reports() == 1 ? " report" : " reports") + " from "
                        + safe(String.join(", ", story.publishers())),
                safe(story.headline()),
                "[" + safe(story.id()) + "]");
    }

    /** The text with every control character made a space. */
    static String safe(String text) {
        return CONTROL.matcher(text).replaceAll(" ");
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "-" : String.join(",", values);
    }
}
