package io.attache.enrich.tagging;

import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns theme mentions into scored tags. One passing body mention is not enough (a release on rice exports
 * that says "security" once is not about security); two, a strong phrase, or a title mention are.
 */
final class ThemeScorer {
    static final int MIN_WEIGHT = 2;
    /** Weight at which the score reaches 1 - 1/e; more mentions approach 1. */
    private static final double SCALE = 3.0;

    List<ThemeTag> score(Map<String, ArticleTagger.Tally> themes) {
        List<ThemeTag> tags = new ArrayList<>();
        themes.forEach((id, tally) -> {
            if (tally.weight >= MIN_WEIGHT) {
                double score = Math.round((1 - Math.exp(-tally.weight / SCALE)) * 100) / 100.0;
                tags.add(new ThemeTag(id, score, tally.evidence));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        return tags;
    }
}
