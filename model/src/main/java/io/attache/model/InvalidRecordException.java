package io.attache.model;

/** A record that violates its contract; the message names the offending field. */
public final class InvalidRecordException extends IllegalArgumentException {
    private final String field;

    public InvalidRecordException(String field, String problem) {
        super("field '" + field + "' " + problem);
        this.field = field;
    }

    /** The dotted path of the offending field, e.g. {@code feed.id}. */
    public String field() {
        return field;
    }
}
