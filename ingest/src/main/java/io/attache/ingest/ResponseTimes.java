package io.attache.ingest;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the timing headers of an HTTP response: freshness (Cache-Control, Expires) and Retry-After. */
final class ResponseTimes {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*(?:s-)?max-age\\s*=\\s*\"?(\\d+)\"?");
    private static final Pattern NO_CACHE = Pattern.compile("(?:^|,)\\s*(no-cache|no-store)\\b");
    private static final Duration LONGEST = Duration.ofDays(7);

    private final Clock clock;

    ResponseTimes(Clock clock) {
        this.clock = clock;
    }

    /** How long the response stays fresh: max-age, else Expires minus now; zero when unknown or not cacheable. */
    Duration freshFor(HttpHeaders headers) {
        String cacheControl =
                String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        if (NO_CACHE.matcher(cacheControl).find()) {
            return Duration.ZERO;
        }
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (m.find()) {
            return capped(seconds(m.group(1)));
        }
        return headers.firstValue("Expires")
                .flatMap(ResponseTimes::httpDate)
                .map(expires -> capped(Duration.between(clock.instant(), expires)))
                .orElse(Duration.ZERO);
    }

    /** The wait a Retry-After header asks for, as delta-seconds or an HTTP date; zero when absent or unreadable. */
    Duration retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return Duration.ZERO;
        }
        if (value.get().matches("\\d+")) {
            return capped(seconds(value.get()));
        }
        return httpDate(value.get())
                .map(at -> capped(Duration.between(clock.instant(), at)))
                .orElse(Duration.ZERO);
    }

    /** An RFC 1123 date as HTTP sends it. */
    static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(String digits) {
        return digits.length() > 9 ? LONGEST : Duration.ofSeconds(Long.parseLong(digits));
    }

    /** A server's wish is honoured, but neither in the past nor more than a week out. */
    private static Duration capped(Duration duration) {
        if (duration.isNegative()) {
            return Duration.ZERO;
        }
        return duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
    }
}
