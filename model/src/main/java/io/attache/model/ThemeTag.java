package io.attache.model;

import static io.attache.model.Fields.copyOf;
import static io.attache.model.Fields.required;

import java.util.List;

/**
 * A theme an article is about, with the phrases that made it so.
 *
 * @param id       taxonomy id, e.g. {@code agriculture}
 * @param score    confidence in [0, 1]
 * @param evidence the matched phrases
 */
public record ThemeTag(String id, double score, List<Evidence> evidence) {
    public ThemeTag {
        required("themes.id", id);
        evidence = copyOf(evidence);
    }
}
