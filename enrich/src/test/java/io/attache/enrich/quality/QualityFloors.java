package io.attache.enrich.quality;

import java.util.Set;

/**
 * The floors the build holds the tagger to on the held-out half of the real-text set: top dyad ≥ 0.9 in English
 * and ≥ 0.85 in every other language; themes precision ≥ 0.8 and recall ≥ 0.75 in English, ≥ 0.7 and ≥ 0.6 in
 * Chinese, French, Spanish and Russian. Themes in other languages are reported, not held to a floor.
 */
final class QualityFloors {
    static final Set<String> THEME_LANGUAGES = Set.of("zh", "fr", "es", "ru");
    /** The theme ids labels may use: the base taxonomy's. */
    static final Set<String> THEMES = Set.of("political", "economy_trade", "infrastructure", "agriculture", "energy",
            "security_defense", "health", "people_culture", "regional_multilateral", "sovereignty", "maritime",
            "science_technology", "climate_environment");

    private QualityFloors() {
    }

    static double topDyad(String language) {
        return language.equals("en") ? 0.9 : 0.85;
    }

    /** The theme precision floor, or 0 when the language has none. */
    static double themePrecision(String language) {
        return language.equals("en") ? 0.8 : THEME_LANGUAGES.contains(language) ? 0.7 : 0;
    }

    /** The theme recall floor, or 0 when the language has none. */
    static double themeRecall(String language) {
        return language.equals("en") ? 0.75 : THEME_LANGUAGES.contains(language) ? 0.6 : 0;
    }
}
