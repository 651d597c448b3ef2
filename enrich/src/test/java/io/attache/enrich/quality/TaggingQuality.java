package io.attache.enrich.quality;

import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.Dyad;
import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs the bundled tagger over labelled articles and scores it: per-theme precision and recall, dyad accuracy. */
final class TaggingQuality {
    private static final ArticleTagger TAGGER = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));

    final List<LabelledArticle> articles;
    final TreeMap<String, Counts> themes = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    int dyadsExact;
    int dyadsTop;

    /** True, false positives and false negatives of one theme. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return truePositives + falsePositives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private TaggingQuality(List<LabelledArticle> articles) {
        this.articles = articles;
    }

    /** Tags each article in its own language and scores the tags against the labels. */
    static TaggingQuality measure(List<LabelledArticle> articles) {
        TaggingQuality quality = new TaggingQuality(articles);
        for (LabelledArticle article : articles) {
            quality.score(article, TAGGER.tag(article.title(), article.text(), article.language()));
        }
        return quality;
    }

    /** The same measure per primary language, languages in alphabetical order. */
    static Map<String, TaggingQuality> byLanguage(List<LabelledArticle> articles) {
        Map<String, List<LabelledArticle>> groups = articles.stream()
                .collect(Collectors.groupingBy(LabelledArticle::primaryLanguage, TreeMap::new, Collectors.toList()));
        Map<String, TaggingQuality> result = new TreeMap<>();
        groups.forEach((language, group) -> result.put(language, measure(group)));
        return result;
    }

    private void score(LabelledArticle article, ArticleTagger.Tags tags) {
        List<String> dyads = tags.dyads().stream().map(Dyad::key).toList();
        String expectedTop = article.dyads().isEmpty() ? "" : article.dyads().get(0);
        String top = dyads.isEmpty() ? "" : dyads.get(0);
        if (Set.copyOf(dyads).equals(Set.copyOf(article.dyads()))) {
            dyadsExact++;
        }
        if (top.equals(expectedTop)) {
            dyadsTop++;
        } else {
            misses.add(article.id() + ": dyads " + dyads + ", expected " + article.dyads());
        }
        Set<String> found = tags.themes().stream().map(ThemeTag::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = new TreeSet<>(found);
        all.addAll(article.themes());
        for (String theme : all) {
            Counts counts = themes.computeIfAbsent(theme, t -> new Counts());
            boolean expected = article.themes().contains(theme);
            boolean given = found.contains(theme);
            if (expected && given) {
                counts.truePositives++;
            } else if (given) {
                counts.falsePositives++;
                misses.add(article.id() + ": extra theme " + theme);
            } else {
                counts.falseNegatives++;
                misses.add(article.id() + ": missed theme " + theme);
            }
        }
    }

    double dyadTopAccuracy() {
        return articles.isEmpty() ? 1.0 : (double) dyadsTop / articles.size();
    }

    double dyadExactAccuracy() {
        return articles.isEmpty() ? 1.0 : (double) dyadsExact / articles.size();
    }

    /** Micro-averaged over every theme tag; 1 when nothing was tagged. */
    double themePrecision() {
        int tp = themes.values().stream().mapToInt(c -> c.truePositives).sum();
        int fp = themes.values().stream().mapToInt(c -> c.falsePositives).sum();
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Micro-averaged over every expected theme; 1 when nothing was expected. */
    double themeRecall() {
        int tp = themes.values().stream().mapToInt(c -> c.truePositives).sum();
        int fn = themes.values().stream().mapToInt(c -> c.falseNegatives).sum();
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    int expectedThemes() {
        return themes.values().stream()
                .mapToInt(c -> c.truePositives + c.falseNegatives)
                .sum();
    }

    long withDyad() {
        return articles.stream().filter(a -> !a.dyads().isEmpty()).count();
    }
}
