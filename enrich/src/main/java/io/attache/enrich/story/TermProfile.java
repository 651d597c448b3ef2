package io.attache.enrich.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A story's terms with, for each, how many of its reports have it and the sum of its weights in them. Held as three
 * arrays sorted by term, not as a map of tallies: every story of the window is held in memory, and a map costs a
 * node, a boxed tally and its own table per term, several times the term itself (docs/design.md, "Story memory").
 * Immutable.
 */
public final class TermProfile {
    /** A story with no report yet. */
    public static final TermProfile EMPTY = new TermProfile(new String[0], new int[0], new int[0]);

    private final String[] terms;
    private final int[] reports;
    private final int[] weights;

    private TermProfile(String[] terms, int[] reports, int[] weights) {
        this.terms = terms;
        this.reports = reports;
        this.weights = weights;
    }

    /**
     * The profile of {@code terms}, each with its {@code reports} and {@code weights} at the same index, in any order
     * (a changelog record written before profiles were sorted lists them in a map's order).
     */
    public static TermProfile of(String[] terms, int[] reports, int[] weights) {
        if (terms.length != reports.length || terms.length != weights.length) {
            throw new IllegalArgumentException("a profile of " + terms.length + " terms has " + reports.length
                    + " report counts and " + weights.length + " weights");
        }
        int[] order = IntStream.range(0, terms.length)
                .boxed()
                .sorted(Comparator.comparing(i -> terms[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        return select(order, terms, reports, weights);
    }

    /** How many terms it has. */
    public int size() {
        return terms.length;
    }

    /** The {@code i}th term, in the order of terms. */
    public String term(int i) {
        return terms[i];
    }

    /** How many of the story's reports have the {@code i}th term. */
    public int reports(int i) {
        return reports[i];
    }

    /** The sum of the {@code i}th term's weights in the story's reports. */
    public int weight(int i) {
        return weights[i];
    }

    /** The weight of {@code term} in the story, 0 if none of its reports has it. */
    int weightOf(String term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? weights[i] : 0;
    }

    /**
     * This profile with one more report's {@code terms} (their weights), bounded to the {@code maxTerms} terms in
     * most reports (ties: the heavier, then the first in order).
     */
    TermProfile plus(Map<String, Integer> report, int maxTerms) {
        String[] added = report.keySet().stream().sorted().toArray(String[]::new);
        int size = terms.length + added.length;
        String[] mergedTerms = new String[size];
        int[] mergedReports = new int[size];
        int[] mergedWeights = new int[size];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < added.length) {
            int order = i == terms.length ? 1 : j == added.length ? -1 : terms[i].compareTo(added[j]);
            mergedTerms[n] = order <= 0 ? terms[i] : added[j];
            mergedReports[n] = (order <= 0 ? reports[i] : 0) + (order >= 0 ? 1 : 0);
            mergedWeights[n] = (order <= 0 ? weights[i] : 0) + (order >= 0 ? report.get(added[j]) : 0);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
            n++;
        }
        return bounded(
                Arrays.copyOf(mergedTerms, n),
                Arrays.copyOf(mergedReports, n),
                Arrays.copyOf(mergedWeights, n),
                maxTerms);
    }

    private static TermProfile bounded(String[] terms, int[] reports, int[] weights, int maxTerms) {
        if (terms.length <= maxTerms) {
            return new TermProfile(terms, reports, weights);
        }
        int[] kept = IntStream.range(0, terms.length)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -reports[i])
                        .thenComparingInt(i -> -weights[i])
                        .thenComparing(i -> terms[i]))
                .limit(maxTerms)
                .sorted()
                .mapToInt(Integer::intValue)
                .toArray();
        return select(kept, terms, reports, weights);
    }

    private static TermProfile select(int[] indices, String[] terms, int[] reports, int[] weights) {
        return new TermProfile(
                Arrays.stream(indices).mapToObj(i -> terms[i]).toArray(String[]::new),
                Arrays.stream(indices).map(i -> reports[i]).toArray(),
                Arrays.stream(indices).map(i -> weights[i]).toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermProfile that
                && Arrays.equals(terms, that.terms)
                && Arrays.equals(reports, that.reports)
                && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(terms) + Arrays.hashCode(reports)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermProfile" + Arrays.toString(terms);
    }
}
