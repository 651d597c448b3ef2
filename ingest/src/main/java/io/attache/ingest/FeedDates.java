package io.attache.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write, including the forms ROME gives up on: {@code GMT+0000}-style zones, missing
 * zones (taken as UTC), two-digit years, ISO dates with a space, US zone names, no seconds.
 */
final class FeedDates {
    private static final Pattern DAY_NAME =
            Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE_WITH_OFFSET =
            Pattern.compile("\\b(?:GMT|UTC|UT)\\s*([+-]\\d{1,2}(?::?\\d{2})?)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXPLICIT_ZONE =
            Pattern.compile("(?:\\d[zZ]|\\d\\s*[+-]\\d{2}:?\\d{2}|\\d\\s+(?:GMT|UTC|UT|[A-Z][DS]T|Z))$");
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-])(\\d{1,2})$");
    private static final Map<String, String> ZONE_NAMES = Map.ofEntries(
            Map.entry("GMT", "+0000"),
            Map.entry("UTC", "+0000"),
            Map.entry("UT", "+0000"),
            Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"),
            Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"),
            Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"),
            Map.entry("PDT", "-0700"),
            Map.entry("CET", "+0100"),
            Map.entry("CEST", "+0200"),
            Map.entry("BST", "+0100"),
            Map.entry("JST", "+0900"),
            Map.entry("KST", "+0900"),
            Map.entry("IST", "+0530"),
            Map.entry("MSK", "+0300"));
    private static final List<DateTimeFormatter> WITH_ZONE = formatters(
            "d MMM yyyy HH:mm[:ss] Z",
            "d MMM yy HH:mm[:ss] Z",
            "d MMMM yyyy HH:mm[:ss] Z",
            "yyyy-MM-dd['T'][ ]HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][ ]Z",
            "yyyy-MM-dd['T'][ ]HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XXX",
            "yyyy/MM/dd HH:mm[:ss] Z",
            "MMM d, yyyy HH:mm[:ss] Z");
    private static final List<DateTimeFormatter> WITHOUT_ZONE = formatters(
            "d MMM yyyy HH:mm[:ss]",
            "d MMM yy HH:mm[:ss]",
            "d MMMM yyyy HH:mm[:ss]",
            "yyyy-MM-dd['T'][ ]HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]",
            "yyyy/MM/dd HH:mm[:ss]",
            "MMM d, yyyy HH:mm[:ss]",
            "dd.MM.yyyy HH:mm[:ss]");
    private static final List<DateTimeFormatter> DATE_ONLY = formatters(
            "yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "yyyy/MM/dd", "dd.MM.yyyy");

    private FeedDates() {}

    /** The instant the text names, or empty when it is not a date this reader knows. */
    static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(raw);
        return first(WITH_ZONE, text, t -> OffsetDateTime.from(t).toInstant())
                .or(() -> first(WITHOUT_ZONE, text, t -> LocalDateTime.from(t).toInstant(ZoneOffset.UTC)))
                .or(() -> first(
                        DATE_ONLY, text, t -> LocalDate.from(t).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static Optional<Instant> first(
            List<DateTimeFormatter> formatters, String text, Function<TemporalAccessor, Instant> toInstant) {
        for (DateTimeFormatter formatter : formatters) {
            try {
                return Optional.of(toInstant.apply(formatter.parse(text)));
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    /** True when the text ends in a zone ROME reads right: {@code Z}, a numeric offset, or GMT/UTC/US zones. */
    static boolean hasExplicitZone(String raw) {
        return raw != null && EXPLICIT_ZONE.matcher(raw.trim()).find();
    }

    /** Collapses spaces, drops the day name, and writes every zone as a numeric offset ({@code +0000}). */
    private static String normalise(String raw) {
        String text = SPACES.matcher(raw.trim()).replaceAll(" ");
        text = DAY_NAME.matcher(text).replaceFirst("");
        Matcher withOffset = ZONE_WITH_OFFSET.matcher(text);
        if (withOffset.find()) {
            text = text.substring(0, withOffset.start()).strip() + offset(withOffset.group(1));
        } else {
            int space = text.lastIndexOf(' ');
            String last = text.substring(space + 1);
            String numeric = ZONE_NAMES.get(last.toUpperCase(Locale.ROOT));
            if (numeric != null && space > 0) {
                text = text.substring(0, space + 1) + numeric;
            } else if (last.endsWith("Z") && last.contains("T")) {
                text = text.substring(0, text.length() - 1) + "+00:00";
            }
        }
        return text;
    }

    private static String offset(String value) {
        String digits = value.substring(1).replace(":", "");
        Matcher shortOffset = SHORT_OFFSET.matcher(value);
        if (digits.length() <= 2 && shortOffset.matches()) {
            digits = String.format(Locale.ROOT, "%02d00", Integer.parseInt(shortOffset.group(2)));
        }
        return " " + value.charAt(0) + digits;
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return java.util.Arrays.stream(patterns)
                .map(p -> new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(p)
                        .toFormatter(Locale.ENGLISH))
                .toList();
    }
}
