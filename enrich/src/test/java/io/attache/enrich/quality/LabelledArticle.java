package io.attache.enrich.quality;

import java.util.List;

/**
 * One article of the labelled set with what a careful reader would tag it with.
 *
 * @param dyads  expected bilateral pairs as {@code AAA-BBB}, codes sorted; empty for multilateral or domestic pieces
 * @param themes expected theme ids
 */
record LabelledArticle(String id, String title, String text, List<String> dyads, List<String> themes) {
    LabelledArticle {
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
