package io.attache.enrich.tagging;

import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns theme mentions into scored tags. In a long text one passing body mention is not enough (a release on
 * rice exports that says "security" once is not about security); two, a strong phrase, or a title mention are,
 * and they must be two different phrases unless the theme outweighs every other: a long text about a theme uses
 * more than one of its words. A feed item is often a headline and one sentence: there, one mention is all the
 * text has room for, and counts.
 * A theme far less mentioned than the article's main one is a side remark, not what the article is about.
 * Supporting phrases (everyday words such as "mar" or "dólares") add to a theme other phrases signal, never alone.
 */
final class ThemeScorer {
    static final int MIN_WEIGHT = 2;
    /** A theme mentioned less than this share of a short item's main theme is a side remark ("amid the war"). */
    static final double RELATIVE = 0.34;
    /** In a long text, which has room for several themes of its own, the share is smaller. */
    static final double RELATIVE_LONG = 0.1;
    /** Weight at which the score reaches 1 - 1/e; more mentions approach 1. */
    private static final double SCALE = 3.0;

    List<ThemeTag> score(
            Map<String, ArticleTagger.Tally> themes, Map<String, ArticleTagger.Tally> support, boolean shortItem) {
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        themes.forEach((id, tally) -> {
            ArticleTagger.Tally supporting = support.get(id);
            weights.put(id, tally.weight + (supporting == null ? 0 : supporting.weight));
            phrases.put(id, tally.distinctPhrases() + (supporting == null ? 0 : supporting.distinctPhrases()));
        });
        int top = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean oneTop = weights.values().stream().filter(w -> w == top).count() == 1;
        double minWeight = shortItem ? Math.max(1, RELATIVE * top) : Math.max(MIN_WEIGHT, RELATIVE_LONG * top);
        List<ThemeTag> tags = new ArrayList<>();
        weights.forEach((id, weight) -> {
            // One word of a long text, however often or prominently said, is a side remark or another sense
            // ("Customs officer", "the Tea Party") unless nothing else in the text weighs as much.
            boolean said = shortItem || phrases.get(id) > 1 || (weight == top && oneTop);
            if (said && weight >= minWeight) {
                double score = Math.round((1 - Math.exp(-weight / SCALE)) * 100) / 100.0;
                tags.add(new ThemeTag(id, score, evidence(themes.get(id), support.get(id))));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::id));
        return tags;
    }

    private static List<Evidence> evidence(ArticleTagger.Tally signalling, ArticleTagger.Tally supporting) {
        if (supporting == null) {
            return signalling.evidence;
        }
        List<Evidence> all = new ArrayList<>(signalling.evidence);
        supporting.evidence.stream()
                .limit(Math.max(0, ArticleTagger.MAX_EVIDENCE - all.size()))
                .forEach(all::add);
        return all;
    }
}
