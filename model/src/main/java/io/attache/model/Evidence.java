package io.attache.model;

import static io.attache.model.Fields.required;

/**
 * Why a tag was given: one matched phrase and where it stands.
 *
 * @param phrase the text as it stands in the article
 * @param field  {@code title} or {@code text}: which field {@code start} and {@code end} index into
 * @param start  index of the first character (UTF-16 units, as Java and JavaScript count)
 * @param end    index one past the last character
 */
public record Evidence(String phrase, String field, int start, int end) {
    public Evidence {
        required("evidence.phrase", phrase);
        required("evidence.field", field);
        if (start < 0 || end < start) {
            throw new InvalidRecordException(
                    "evidence.start", "must satisfy 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
