package io.attache.enrich.tagging;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Picks the bilateral pairs an article is about. A pair scores high when both countries carry a large, balanced
 * share of all country mentions: a bilateral release mentions its two parties over and over, a multilateral one
 * spreads its mentions over many. A pair is given only when the two act on each other: the text has words of
 * interaction (talks, visit, agreement, 会谈, переговоры), names the pair in one compound ({@code 中柬}), or names
 * both in the title; and not when it reads as sport (teams are not states acting on each other). Among pairs as strong
 * the headline's first two countries lead; three pairs tied at the top, none of them the headline's, are a group.
 */
final class DyadRanker {
    /** A country mentioned less than this (two body mentions, or once in the title) is incidental. */
    static final int MIN_WEIGHT = 2;

    static final double MIN_SCORE = 0.35;
    /**
     * Each country named beyond three raises the bar: a pair must stand out more in a crowded, multilateral piece;
     * with two named only, the bar is lower by as much, for no other pair competes.
     */
    static final double CROWD_PENALTY = 0.05;

    static final int MAX_DYADS = 3;
    /** This many pairs tied at the top, none of them the title's first two countries: no pair stands out. */
    static final int TIED = 3;
    /** The theme whose phrases name international bodies and forums. */
    private static final String MULTILATERAL = "regional_multilateral";
    /** Pairs are formed among this many most-mentioned countries. */
    private static final int CANDIDATES = 5;

    /** The countries mentioned more than incidentally, most mentioned first (ties by code). */
    List<String> countries(ArticleTagger.Mentions mentions, boolean shortItem) {
        return ranked(mentions.countries, shortItem ? 1 : MIN_WEIGHT)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Stream<Map.Entry<String, ArticleTagger.Tally>> ranked(
            Map<String, ArticleTagger.Tally> countries, int minWeight) {
        return countries.entrySet().stream()
                .filter(e -> e.getValue().weight >= minWeight)
                .sorted(Comparator.comparingInt((Map.Entry<String, ArticleTagger.Tally> e) -> -e.getValue().weight)
                        .thenComparing(Map.Entry::getKey));
    }

    /** The pairs, best first; in a short item one body mention of each country is enough. */
    List<Dyad> rank(ArticleTagger.Mentions mentions, boolean shortItem) {
        Map<String, ArticleTagger.Tally> countries = mentions.countries;
        int minWeight = shortItem ? 1 : MIN_WEIGHT;
        // International bodies are actors too: a pair named beside the EU and the G7 holds a smaller share of the news.
        ArticleTagger.Tally bodies = mentions.themes.get(MULTILATERAL);
        int total = countries.values().stream().mapToInt(t -> t.weight).sum() + (bodies == null ? 0 : bodies.weight);
        List<Map.Entry<String, ArticleTagger.Tally>> candidates =
                ranked(countries, minWeight).limit(CANDIDATES).toList();
        double minScore = MIN_SCORE + CROWD_PENALTY * (countries.size() - 3);
        boolean interaction = mentions.cue(PhraseSource.Cue.INTERACTION) > 0;
        String titlePair = titlePair(mentions);
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                var a = candidates.get(i);
                var b = candidates.get(j);
                String key = key(a.getKey(), b.getKey());
                boolean namedAsPair = mentions.namedAsPair().contains(key);
                boolean bothInTitle = mentions.inTitle.contains(a.getKey()) && mentions.inTitle.contains(b.getKey());
                double score =
                        Math.max(score(a.getValue().weight, b.getValue().weight, total), namedAsPair ? minScore : 0);
                if (score >= minScore && (interaction || namedAsPair || bothInTitle)) {
                    dyads.add(dyad(a.getKey(), a.getValue(), b.getKey(), b.getValue(), score));
                }
            }
        }
        // Among pairs as strong, the headline's first two countries lead ("Russia reacts to Germany's support for
        // Israel": DEU-RUS, not DEU-ISR); a fixed order (by key) only after that.
        dyads.sort(Comparator.comparingDouble(Dyad::score)
                .reversed()
                .thenComparing(dyad -> !dyad.key().equals(titlePair))
                .thenComparing(Dyad::key));
        if (dyads.size() >= TIED
                && dyads.get(TIED - 1).score() == dyads.get(0).score()
                && !dyads.get(0).key().equals(titlePair)) {
            // Three pairs as strong as each other and none the title's: a piece about a group, no pair stands out.
            return List.of();
        }
        return dyads.size() > MAX_DYADS ? List.copyOf(dyads.subList(0, MAX_DYADS)) : dyads;
    }

    /** The first two countries the title names, as a dyad key; empty when it names fewer. */
    private static String titlePair(ArticleTagger.Mentions mentions) {
        if (mentions.inTitle.size() < 2) {
            return "";
        }
        var it = mentions.inTitle.iterator();
        return key(it.next(), it.next());
    }

    /**
     * Sport words outweigh words of states acting on each other; a result in the title ({@link MatchResult}) counts
     * as a sport word said there.
     */
    static boolean readsAsSport(ArticleTagger.Mentions mentions, boolean resultInTitle) {
        int sports = mentions.cue(PhraseSource.Cue.SPORTS) + (resultInTitle ? ArticleTagger.TITLE_WEIGHT : 0);
        return sports >= MIN_WEIGHT && sports > mentions.cue(PhraseSource.Cue.INTERACTION);
    }

    /** Share of all mentions the pair holds, damped when one side dominates. */
    static double score(int weightA, int weightB, int total) {
        double share = (double) (weightA + weightB) / total;
        double balance = 2.0 * Math.min(weightA, weightB) / (weightA + weightB);
        return Math.round(share * Math.sqrt(balance) * 100) / 100.0;
    }

    /** The pair's key as {@link Dyad#key()} writes it: codes sorted, joined by '-'. */
    static String key(String codeA, String codeB) {
        return codeA.compareTo(codeB) < 0 ? codeA + "-" + codeB : codeB + "-" + codeA;
    }

    private static Dyad dyad(String codeA, ArticleTagger.Tally a, String codeB, ArticleTagger.Tally b, double score) {
        List<Evidence> evidence = new ArrayList<>(a.evidence);
        evidence.addAll(b.evidence);
        evidence.sort(Comparator.comparing(Evidence::field).reversed().thenComparingInt(Evidence::start));
        List<String> codes = codeA.compareTo(codeB) < 0 ? List.of(codeA, codeB) : List.of(codeB, codeA);
        return new Dyad(codes, Math.min(1.0, score), evidence);
    }
}
