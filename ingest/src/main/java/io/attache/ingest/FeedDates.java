package io.attache.ingest;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds and web pages write, including the forms ROME gives up on: {@code GMT+0000}-style zones,
 * missing zones (taken as UTC), two-digit years, ISO dates with a space, US zone names, no seconds, and the
 * Chinese, Japanese and Korean forms {@code 2024年12月4日 10:30} and {@code 2024년 12월 4일}.
 */
final class FeedDates {
    private static final Pattern DAY_NAME =
            Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE_WITH_OFFSET =
            Pattern.compile("\\b(?:GMT|UTC|UT)\\s*([+-]\\d{1,2}(?::?\\d{2})?)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXPLICIT_ZONE =
            Pattern.compile("(?:\\d[zZ]|\\d\\s*[+-]\\d{2}:?\\d{2}|\\d\\s+(?:GMT|UTC|UT|[A-Z][DS]T|Z))$");
    private static final Pattern CJK_DATE = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]\\s*(?:(\\d{1,2})\\s*[:：]\\s*(\\d{2}))?");
    /** A date in running text: ISO ({@code 2024-12-04}, with a time or not) or CJK. */
    private static final Pattern DATE_IN_TEXT =
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?|"
                    + CJK_DATE.pattern());

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

    /**
     * The date in a line of text such as {@code Published: 2024-12-04} or {@code [2024年12月4日]}: the whole
     * text when it is a date, else the first ISO or CJK date in it.
     */
    static Optional<Instant> find(String text) {
        Optional<Instant> whole = parse(text);
        if (whole.isPresent() || text == null) {
            return whole;
        }
        Matcher date = DATE_IN_TEXT.matcher(text);
        return date.find() ? parse(date.group()) : Optional.empty();
    }

    /**
     * The first date in {@code text} written as {@code pattern} says (a {@link DateTimeFormatter} pattern with
     * at least a day, e.g. {@code dd/MM/yyyy}), taken as UTC; empty when none.
     */
    static Optional<Instant> find(String text, String pattern) {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
        for (int start = 0; start < text.length(); start++) {
            if (!Character.isLetterOrDigit(text.charAt(start))) {
                continue;
            }
            try {
                TemporalAccessor parsed = formatter.parse(text, new ParsePosition(start));
                LocalDate day = parsed.query(TemporalQueries.localDate());
                LocalTime time = parsed.query(TemporalQueries.localTime());
                if (day != null) {
                    return Optional.of(
                            day.atTime(time == null ? LocalTime.MIDNIGHT : time).toInstant(ZoneOffset.UTC));
                }
            } catch (DateTimeException e) {
                // not at this position; try the next
            }
        }
        return Optional.empty();
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
        String text = SPACES.matcher(cjkAsIso(raw.trim())).replaceAll(" ");
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

    /** {@code 2024年12月4日 10:30} as {@code 2024-12-04 10:30}, which the ISO formatters read. */
    private static String cjkAsIso(String text) {
        Matcher cjk = CJK_DATE.matcher(text);
        if (!cjk.find()) {
            return text;
        }
        String date = String.format(
                Locale.ROOT,
                "%s-%02d-%02d",
                cjk.group(1),
                Integer.parseInt(cjk.group(2)),
                Integer.parseInt(cjk.group(3)));
        String time = cjk.group(4) == null
                ? ""
                : String.format(Locale.ROOT, " %02d:%s", Integer.parseInt(cjk.group(4)), cjk.group(5));
        return (text.substring(0, cjk.start()) + date + time + text.substring(cjk.end())).strip();
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
