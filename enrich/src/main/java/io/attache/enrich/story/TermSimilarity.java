package io.attache.enrich.story;

import java.util.Map;

/**
 * How alike a report and a story are: the cosine of their term vectors, each term weighted by its weight (in the
 * report: where it stands; in the story: summed over its reports) times its inverse document frequency.
 */
final class TermSimilarity {
    private TermSimilarity() {}

    static double cosine(Map<String, Integer> report, Map<String, TermTally> story, DocumentFrequencies frequencies) {
        double dot = 0;
        double reportNorm = 0;
        for (Map.Entry<String, Integer> term : report.entrySet()) {
            double idf = frequencies.idf(term.getKey());
            double weight = term.getValue() * idf;
            reportNorm += weight * weight;
            TermTally tally = story.get(term.getKey());
            if (tally != null) {
                dot += weight * tally.weight() * idf;
            }
        }
        if (dot == 0) {
            return 0;
        }
        double storyNorm = 0;
        for (Map.Entry<String, TermTally> term : story.entrySet()) {
            double weight = term.getValue().weight() * frequencies.idf(term.getKey());
            storyNorm += weight * weight;
        }
        return dot / Math.sqrt(reportNorm * storyNorm);
    }
}
