package io.attache.sink;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When an open file is closed and a new one started. Every rule depends only on the records, never on
 * the wall clock, so replaying the same offsets after a crash rewrites byte-identical files.
 *
 * @param maxRecords close a file once it holds this many records (at least 1)
 * @param maxBytes   close a file once it holds this many bytes of JSON Lines, before compression (at least 1)
 * @param interval   start a new file when the record time enters a new interval of this length, aligned
 *                   to midnight in the sink's zone (e.g. one file per hour of {@code published});
 *                   {@link Duration#ZERO} turns the rule off
 */
public record Rotation(long maxRecords, long maxBytes, Duration interval) {
    public Rotation {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("rotation record count must be at least 1, was " + maxRecords);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("rotation size must be at least 1 byte, was " + maxBytes);
        }
        if (interval == null || interval.isNegative() || (!interval.isZero() && interval.getSeconds() < 1)) {
            throw new IllegalArgumentException(
                    "rotation interval must be zero (off) or at least one second, was " + interval);
        }
    }

    /** 10 000 records or 64 MiB per file, no time rule. */
    public static Rotation defaults() {
        return new Rotation(10_000, 64L * 1024 * 1024, Duration.ZERO);
    }

    /** Whether the time rule is on. */
    boolean byTime() {
        return !interval.isZero();
    }

    /** The number of the interval holding {@code time}; files never span two of them. */
    long intervalOf(Instant time, ZoneId zone) {
        if (!byTime()) {
            return 0;
        }
        long localSeconds =
                time.getEpochSecond() + zone.getRules().getOffset(time).getTotalSeconds();
        return Math.floorDiv(localSeconds, interval.getSeconds());
    }

    /** Whether a file with these contents is full. */
    boolean isFull(long records, long bytes) {
        return records >= maxRecords || bytes >= maxBytes;
    }
}
