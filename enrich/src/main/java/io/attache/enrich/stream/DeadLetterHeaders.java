package io.attache.enrich.stream;

/** Header names on records in the dead-letter topic, saying what went wrong and where the record came from. */
public final class DeadLetterHeaders {
    /** Why the record was rejected, in one line. */
    public static final String ERROR = "attache.error";
    /** The topic the record was read from. */
    public static final String SOURCE_TOPIC = "attache.source.topic";
    /** The partition the record was read from, as decimal text. */
    public static final String SOURCE_PARTITION = "attache.source.partition";
    /** The record's offset in that partition, as decimal text. */
    public static final String SOURCE_OFFSET = "attache.source.offset";

    private DeadLetterHeaders() {}
}
