package io.attache.sink;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a committed file: {@code <topic>+<partition>+<firstOffset>+<lastOffset>.jsonl[.gz]}, offsets
 * zero-padded to 19 digits (the width of {@link Long#MAX_VALUE}) so that names sort in offset order.
 * {@code +} cannot occur in a Kafka topic name, so the name parses back without ambiguity; recovery reads
 * the next offset of a partition from these names alone.
 *
 * @param topic       the Kafka topic
 * @param partition   the Kafka partition
 * @param firstOffset offset of the first record in the file
 * @param lastOffset  offset of the last record in the file (inclusive)
 * @param gzip        whether the file is gzip-compressed ({@code .jsonl.gz})
 */
public record SinkFileName(String topic, int partition, long firstOffset, long lastOffset, boolean gzip) {
    static final int OFFSET_WIDTH = 19;
    static final String TEMP_SUFFIX = ".tmp";

    private static final Pattern COMMITTED = Pattern.compile(
            "([A-Za-z0-9._-]+)\\+(\\d+)\\+(\\d{" + OFFSET_WIDTH + "})\\+(\\d{" + OFFSET_WIDTH + "})\\.jsonl(\\.gz)?");

    public SinkFileName {
        if (partition < 0 || firstOffset < 0 || lastOffset < firstOffset) {
            throw new IllegalArgumentException(
                    "invalid file range " + topic + "+" + partition + " [" + firstOffset + ", " + lastOffset + "]");
        }
    }

    /** Parses a committed file name; empty for anything else (temporary files, foreign files). */
    public static Optional<SinkFileName> parse(String fileName) {
        Matcher m = COMMITTED.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SinkFileName(
                m.group(1),
                Integer.parseInt(m.group(2)),
                Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)),
                m.group(5) != null));
    }

    /**
     * The name of the temporary file a writer fills before it knows the last offset: hidden (leading dot)
     * and ending in {@code .tmp}, so tools globbing {@code *.jsonl} never read a file that may still vanish.
     */
    static String temporaryName(String topic, int partition, long firstOffset) {
        return "." + temporaryPrefix(topic, partition) + pad(firstOffset) + TEMP_SUFFIX;
    }

    /** The start of every temporary file name of one partition, without the leading dot. */
    static String temporaryPrefix(String topic, int partition) {
        return topic + "+" + partition + "+";
    }

    /** The committed name, e.g. {@code news.enriched+0+0000000000000000000+0000000000000000099.jsonl}. */
    public String fileName() {
        return topic + "+" + partition + "+" + pad(firstOffset) + "+" + pad(lastOffset)
                + (gzip ? ".jsonl.gz" : ".jsonl");
    }

    /** The offset the next file of this partition starts at. */
    public long nextOffset() {
        return lastOffset + 1;
    }

    private static String pad(long offset) {
        String digits = Long.toString(offset);
        return "0".repeat(OFFSET_WIDTH - digits.length()) + digits;
    }
}
