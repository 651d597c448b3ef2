package io.attache.enrich.story;

import java.util.HashMap;
import java.util.Map;

/**
 * How many of the held reports have each term, learned from the stream as it passes: a term in few reports (a
 * minister's name, a treaty, a city) tells events apart, one in most ("said", "cooperation", a pair's own
 * names) does not. Derived from the held stories' profiles only, so that a restart, which restores the stories,
 * restores the same frequencies.
 */
final class DocumentFrequencies {
    private final Map<String, Integer> reportsWith = new HashMap<>();
    private long reports;

    void add(StoryState story) {
        TermProfile profile = story.profile();
        for (int i = 0; i < profile.size(); i++) {
            reportsWith.merge(profile.term(i), profile.reports(i), Integer::sum);
        }
        reports += story.story().reports();
    }

    void remove(StoryState story) {
        TermProfile profile = story.profile();
        for (int i = 0; i < profile.size(); i++) {
            int tally = profile.reports(i);
            reportsWith.computeIfPresent(profile.term(i), (term, n) -> n > tally ? n - tally : null);
        }
        reports -= story.story().reports();
    }

    /** The term's inverse document frequency, smoothed: {@code ln((N + 1) / (df + 1)) + 1}, never below 1. */
    double idf(String term) {
        return Math.log((reports + 1.0) / (reportsWith.getOrDefault(term, 0) + 1.0)) + 1.0;
    }
}
