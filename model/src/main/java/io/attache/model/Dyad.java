package io.attache.model;

import static io.attache.model.Fields.copyOf;

import java.util.List;

/**
 * A bilateral pair of countries an article is about.
 *
 * @param countries two ISO 3166-1 alpha-3 codes, sorted
 * @param score     confidence in [0, 1]; title mentions weigh more than body mentions
 * @param evidence  the mentions of either country that support the pair
 */
public record Dyad(List<String> countries, double score, List<Evidence> evidence) {
    public Dyad {
        countries = copyOf(countries);
        if (countries.size() != 2 || countries.get(0).compareTo(countries.get(1)) >= 0) {
            throw new InvalidRecordException(
                    "dyads.countries", "must be two distinct codes in sorted order, was " + countries);
        }
        evidence = copyOf(evidence);
    }

    /** The pair's name as used in topic names, e.g. {@code CHN-KHM}. */
    public String key() {
        return countries.get(0) + "-" + countries.get(1);
    }
}
