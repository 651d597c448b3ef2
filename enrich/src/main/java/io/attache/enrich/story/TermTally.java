package io.attache.enrich.story;

/**
 * One term of a story's profile.
 *
 * @param reports how many of the story's reports have the term: its share of the document frequencies
 * @param weight  the sum of its weights in those reports: its weight in the story's profile
 */
public record TermTally(int reports, int weight) {
    TermTally plus(int termWeight) {
        return new TermTally(reports + 1, weight + termWeight);
    }
}
