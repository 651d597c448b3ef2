package io.attache.enrich.quality;

import java.util.List;

/**
 * One article of a labelled set with what a careful reader would tag it with.
 *
 * @param dyads    expected bilateral pairs as {@code AAA-BBB}, codes sorted, main pair first; empty for multilateral or domestic pieces
 * @param themes   expected theme ids
 * @param language BCP 47 tag of the article's language, as its feed gives it
 * @param kind     bilateral, multilateral, domestic, sports or other (see LABELLING.md)
 * @param source   the file of the labelled set the article is in
 * @param split    {@code written} for the team's own set, {@code dev} or {@code heldout} for the real-text set
 */
record LabelledArticle(
        String id,
        String title,
        String text,
        List<String> dyads,
        List<String> themes,
        String language,
        String kind,
        String source,
        String split) {
    LabelledArticle {
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
        themes = themes == null ? List.of() : List.copyOf(themes);
        text = text == null ? "" : text;
        title = title == null ? "" : title;
        language = language == null ? "" : language;
        kind = kind == null ? "" : kind;
        source = source == null ? "" : source;
        split = split == null ? "" : split;
    }

    /** The primary language subtag: {@code zh} for {@code zh-Hant}. */
    String primaryLanguage() {
        return language.split("[-_]", 2)[0];
    }
}
