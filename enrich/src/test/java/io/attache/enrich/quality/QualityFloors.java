package io.attache.enrich.quality;

import io.attache.enrich.tagging.Taxonomy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger must reach on the held-out set of real text (LabelledSets). The targets are the project's: top dyad
 * ≥ 0.9 in English and ≥ 0.85 in every other language; themes precision ≥ 0.8 and recall ≥ 0.75 in English,
 * ≥ 0.7 and ≥ 0.6 in Chinese, French, Spanish and Russian (themes in other languages are reported, not held to
 * a target). Where the tagger does not reach a target yet, the build holds it to a lower floor just under what it
 * reaches today, so nothing slips back while the gap is worked on; docs/tagging-quality.md shows both.
 */
final class QualityFloors {
    static final Set<String> THEME_LANGUAGES = Set.of("zh", "fr", "es", "ru");
    /** The theme ids labels may use: the base taxonomy's. */
    static final Set<String> THEMES = Taxonomy.load(List.of()).themeIds();
    /**
     * Floors under a target not reached yet, by language and measure: the held-out set's value when it was
     * measured (the fifth held-out set, 2026-12-02), less 0.03.
     */
    private static final Map<String, Double> BELOW_TARGET = Map.of(
            "ar/dyad", 0.51,
            "en/dyad", 0.80,
            "en/precision", 0.76,
            "es/recall", 0.57,
            "ja/dyad", 0.81,
            "ko/dyad", 0.77,
            "ru/dyad", 0.75,
            "uk/dyad", 0.80);

    private QualityFloors() {}

    static double topDyadTarget(String language) {
        return language.equals("en") ? 0.9 : 0.85;
    }

    /** The theme precision target, or 0 when the language has none. */
    static double themePrecisionTarget(String language) {
        return language.equals("en") ? 0.8 : THEME_LANGUAGES.contains(language) ? 0.7 : 0;
    }

    /** The theme recall target, or 0 when the language has none. */
    static double themeRecallTarget(String language) {
        return language.equals("en") ? 0.75 : THEME_LANGUAGES.contains(language) ? 0.6 : 0;
    }

    static double topDyad(String language) {
        return BELOW_TARGET.getOrDefault(language + "/dyad", topDyadTarget(language));
    }

    static double themePrecision(String language) {
        return BELOW_TARGET.getOrDefault(language + "/precision", themePrecisionTarget(language));
    }

    static double themeRecall(String language) {
        return BELOW_TARGET.getOrDefault(language + "/recall", themeRecallTarget(language));
    }
}
