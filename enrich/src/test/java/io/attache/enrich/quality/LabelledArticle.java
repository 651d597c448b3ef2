package io.attache.enrich.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article of a labelled set with what a careful reader would tag it with: the first annotator's labels, and
 * a second annotator's where the item was labelled twice, independently.
 *
 * <p>Scored as the project's targets are defined: a theme is expected when both annotators gave it, and a tag is
 * right when either did; the tagger's main pair is right when it is either annotator's main pair. With one
 * annotator, that one's labels are both what is expected and what is right.
 *
 * @param dyads    first annotator: bilateral pairs as {@code AAA-BBB}, codes sorted, main pair first; empty for
 *                 multilateral or domestic pieces
 * @param themes   first annotator: theme ids
 * @param language BCP 47 tag of the article's language, as its feed gives it
 * @param kind     first annotator: bilateral, multilateral, domestic, sports or other (see LABELLING.md)
 * @param source   the file of the labelled set the article is in
 * @param split    {@code written} for the team's own set, {@code dev}, {@code first-heldout} or {@code heldout} for the real-text set (see {@link LabelledSets})
 * @param second   the second annotator's labels, empty when the item was labelled once
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
        String split,
        Optional<Labels> second) {
    LabelledArticle {
        dyads = dyads == null ? List.of() : List.copyOf(dyads);
        themes = themes == null ? List.of() : List.copyOf(themes);
        text = text == null ? "" : text;
        title = title == null ? "" : title;
        language = language == null ? "" : language;
        kind = kind == null ? "" : kind;
        source = source == null ? "" : source;
        split = split == null ? "" : split;
        second = second == null ? Optional.empty() : second;
    }

    /** One annotator's labels of an item. */
    record Labels(String kind, List<String> dyads, List<String> themes) {
        Labels {
            kind = kind == null ? "" : kind;
            dyads = dyads == null ? List.of() : List.copyOf(dyads);
            themes = themes == null ? List.of() : List.copyOf(themes);
        }

        String mainDyad() {
            return dyads.isEmpty() ? "" : dyads.get(0);
        }
    }

    /** The primary language subtag: {@code zh} for {@code zh-Hant}. */
    String primaryLanguage() {
        return language.split("[-_]", 2)[0];
    }

    /** The first annotator's labels. */
    Labels first() {
        return new Labels(kind, dyads, themes);
    }

    /** The same article scored on the first annotator's labels alone. */
    LabelledArticle firstAnnotatorOnly() {
        return new LabelledArticle(id, title, text, dyads, themes, language, kind, source, split, Optional.empty());
    }

    /** Themes the tagger is expected to find: those every annotator gave. */
    Set<String> expectedThemes() {
        Set<String> expected = new TreeSet<>(themes);
        second.ifPresent(s -> expected.retainAll(s.themes()));
        return expected;
    }

    /** Themes the tagger may give without being wrong: those any annotator gave. */
    Set<String> acceptedThemes() {
        Set<String> accepted = new TreeSet<>(themes);
        second.ifPresent(s -> accepted.addAll(s.themes()));
        return accepted;
    }

    /** The main pairs (empty string: no pair) the tagger's first pair may be. */
    Set<String> acceptedMainDyads() {
        Set<String> accepted = new LinkedHashSet<>(List.of(first().mainDyad()));
        second.ifPresent(s -> accepted.add(s.mainDyad()));
        return accepted;
    }

    /** The sets of pairs that count as exactly right. */
    Set<Set<String>> acceptedDyadSets() {
        Set<Set<String>> accepted = new LinkedHashSet<>(List.of(Set.copyOf(dyads)));
        second.ifPresent(s -> accepted.add(Set.copyOf(s.dyads())));
        return accepted;
    }
}
