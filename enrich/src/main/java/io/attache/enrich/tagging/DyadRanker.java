package io.attache.enrich.tagging;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the bilateral pairs an article is about from how much each country is mentioned. A pair scores
 * high when both countries carry a large, balanced share of all country mentions: a bilateral release
 * mentions its two parties over and over, a multilateral one spreads its mentions over many.
 */
final class DyadRanker {
    /** A country mentioned less than this (two body mentions, or once in the title) is incidental. */
    static final int MIN_WEIGHT = 2;
    static final double MIN_SCORE = 0.35;
    /** Each country named beyond three raises the bar: a pair must stand out more in a crowded, multilateral piece. */
    static final double CROWD_PENALTY = 0.05;
    static final int MAX_DYADS = 3;
    /** Pairs are formed among this many most-mentioned countries. */
    private static final int CANDIDATES = 5;

    List<Dyad> rank(Map<String, ArticleTagger.Tally> countries) {
        int total = countries.values().stream().mapToInt(t -> t.weight).sum();
        List<Map.Entry<String, ArticleTagger.Tally>> candidates = countries.entrySet().stream()
                .filter(e -> e.getValue().weight >= MIN_WEIGHT)
                .sorted(Comparator.comparingInt((Map.Entry<String, ArticleTagger.Tally> e) -> -e.getValue().weight)
                        .thenComparing(Map.Entry::getKey))
                .limit(CANDIDATES)
                .toList();
        double minScore = MIN_SCORE + CROWD_PENALTY * Math.max(0, countries.size() - 3);
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                var a = candidates.get(i);
                var b = candidates.get(j);
                double score = score(a.getValue().weight, b.getValue().weight, total);
                if (score >= minScore) {
                    dyads.add(dyad(a.getKey(), a.getValue(), b.getKey(), b.getValue(), score));
                }
            }
        }
        dyads.sort(Comparator.comparingDouble(Dyad::score).reversed().thenComparing(Dyad::key));
        return dyads.size() > MAX_DYADS ? List.copyOf(dyads.subList(0, MAX_DYADS)) : dyads;
    }

    /** Share of all mentions the pair holds, damped when one side dominates. */
    static double score(int weightA, int weightB, int total) {
        double share = (double) (weightA + weightB) / total;
        double balance = 2.0 * Math.min(weightA, weightB) / (weightA + weightB);
        return Math.round(share * Math.sqrt(balance) * 100) / 100.0;
    }

    private static Dyad dyad(String codeA, ArticleTagger.Tally a, String codeB, ArticleTagger.Tally b, double score) {
        List<Evidence> evidence = new ArrayList<>(a.evidence);
        evidence.addAll(b.evidence);
        evidence.sort(Comparator.comparing(Evidence::field).reversed().thenComparingInt(Evidence::start));
        List<String> codes = codeA.compareTo(codeB) < 0 ? List.of(codeA, codeB) : List.of(codeB, codeA);
        return new Dyad(codes, score, evidence);
    }
}
