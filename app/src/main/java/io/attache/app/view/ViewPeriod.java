package io.attache.app.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The span of publication times the grid counts: the last 7 days, the last 30 days, or everything held. */
public enum ViewPeriod {
    LAST_7_DAYS("7d", Optional.of(Duration.ofDays(7))),
    LAST_30_DAYS("30d", Optional.of(Duration.ofDays(30))),
    ALL("all", Optional.empty());

    private final String id;
    private final Optional<Duration> length;

    ViewPeriod(String id, Optional<Duration> length) {
        this.id = id;
        this.length = length;
    }

    /** The name used in the page and the API, e.g. {@code 7d}. */
    public String id() {
        return id;
    }

    /** True when an article published at {@code published} falls in this period ending at {@code now}. */
    public boolean contains(Instant published, Instant now) {
        return length.map(span -> !published.isBefore(now.minus(span))).orElse(true);
    }

    /** The period named {@code id}; the message lists the valid names. */
    public static ViewPeriod of(String id) {
        return Arrays.stream(values())
                .filter(period -> period.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("period '" + id + "' is not one of "
                        + Arrays.stream(values()).map(ViewPeriod::id).collect(Collectors.joining(", "))));
    }
}
