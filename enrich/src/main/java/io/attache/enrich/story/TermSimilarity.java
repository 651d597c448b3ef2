package io.attache.enrich.story;

import java.util.Map;
import java.util.function.Predicate;

/**
 * How alike a report and a story are: the cosine of their term vectors, each term weighted by its weight (in the
 * report: where it stands; in the story: summed over its reports) times its inverse document frequency. A report's
 * vector is weighed once per article, and a story's length once each time it changes ({@link StoryState#norm()}),
 * so comparing with a candidate costs one lookup per term of the report.
 */
final class TermSimilarity {
    private final String[] terms;
    private final double[] idfs;
    private final double[] weights;
    private final boolean[] shared;
    private final double norm;
    private final double sharedNorm;

    private TermSimilarity(Map<String, Integer> report, DocumentFrequencies frequencies) {
        terms = new String[report.size()];
        idfs = new double[report.size()];
        weights = new double[report.size()];
        shared = new boolean[report.size()];
        double all = 0;
        double common = 0;
        int i = 0;
        for (Map.Entry<String, Integer> term : report.entrySet()) {
            terms[i] = term.getKey();
            idfs[i] = frequencies.idf(term.getKey());
            weights[i] = term.getValue() * idfs[i];
            shared[i] = StoryTerms.languageIndependent(term.getKey());
            all += weights[i] * weights[i];
            common += shared[i] ? weights[i] * weights[i] : 0;
            i++;
        }
        norm = Math.sqrt(all);
        sharedNorm = Math.sqrt(common);
    }

    /** {@code report}'s vector, weighed by the frequencies as they stand. */
    static TermSimilarity of(Map<String, Integer> report, DocumentFrequencies frequencies) {
        return new TermSimilarity(report, frequencies);
    }

    /** The cosine with {@code story} over every term. */
    double cosine(StoryState story) {
        return cosine(story, false, norm, story.norm());
    }

    /** The cosine with {@code story} over the terms every language shares ({@link StoryTerms#languageIndependent}). */
    double sharedCosine(StoryState story) {
        return cosine(story, true, sharedNorm, story.sharedNorm());
    }

    private double cosine(StoryState story, boolean sharedOnly, double reportNorm, double storyNorm) {
        if (reportNorm == 0 || storyNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            if (sharedOnly && !shared[i]) {
                continue;
            }
            dot += weights[i] * story.profile().weightOf(terms[i]) * idfs[i];
        }
        return dot / (reportNorm * storyNorm);
    }

    /** The length of a story's vector over the terms {@code counted} accepts. */
    static double norm(TermProfile profile, DocumentFrequencies frequencies, Predicate<String> counted) {
        double sum = 0;
        for (int i = 0; i < profile.size(); i++) {
            if (counted.test(profile.term(i))) {
                double weight = profile.weight(i) * frequencies.idf(profile.term(i));
                sum += weight * weight;
            }
        }
        return Math.sqrt(sum);
    }
}
