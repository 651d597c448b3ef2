package io.attache.model;

import java.util.List;

/**
 * Validation shared by the records' compact constructors: records never hold {@code null}, and a record
 * that cannot be valid names the field at fault.
 */
final class Fields {
    private Fields() {}

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException(field, "is required");
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRecordException(field, "is required");
        }
        return value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> copyOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
