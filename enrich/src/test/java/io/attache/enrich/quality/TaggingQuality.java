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
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the bundled tagger over labelled articles and scores it: per-theme precision and recall, dyad accuracy. */
final class TaggingQuality {
    private static final ArticleTagger TAGGER = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));

    final List<LabelledArticle> articles;
    final TreeMap<String, Counts> themes = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    int dyadsExact;
    int dyadsTop;

    /**
     * One theme's tallies. Precision counts the tags the tagger gave that an annotator gave too; recall counts the
     * expected themes (every annotator's) the tagger found. With one annotator these are true positives, false
     * positives and false negatives.
     */
    static final class Counts {
        int rightTags;
        int wrongTags;
        int expectedFound;
        int expectedMissed;

        double precision() {
            return rightTags + wrongTags == 0 ? 1.0 : (double) rightTags / (rightTags + wrongTags);
        }

        double recall() {
            return expectedFound + expectedMissed == 0
                    ? 1.0
                    : (double) expectedFound / (expectedFound + expectedMissed);
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
        return by(articles, LabelledArticle::primaryLanguage);
    }

    /** The same measure per group of articles, groups in alphabetical order. */
    static Map<String, TaggingQuality> by(List<LabelledArticle> articles, Function<LabelledArticle, String> group) {
        Map<String, List<LabelledArticle>> groups =
                articles.stream().collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        Map<String, TaggingQuality> result = new TreeMap<>();
        groups.forEach((key, members) -> result.put(key, measure(members)));
        return result;
    }

    private void score(LabelledArticle article, ArticleTagger.Tags tags) {
        List<String> dyads = tags.dyads().stream().map(Dyad::key).toList();
        String top = dyads.isEmpty() ? "" : dyads.get(0);
        if (article.acceptedDyadSets().contains(Set.copyOf(dyads))) {
            dyadsExact++;
        }
        if (article.acceptedMainDyads().contains(top)) {
            dyadsTop++;
        } else {
            misses.add(article.id() + ": dyads " + dyads + ", expected one of " + article.acceptedMainDyads());
        }
        Set<String> found = tags.themes().stream().map(ThemeTag::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = article.expectedThemes();
        Set<String> accepted = article.acceptedThemes();
        for (String theme : found) {
            Counts counts = themes.computeIfAbsent(theme, t -> new Counts());
            if (accepted.contains(theme)) {
                counts.rightTags++;
            } else {
                counts.wrongTags++;
                misses.add(article.id() + ": extra theme " + theme);
            }
        }
        for (String theme : expected) {
            Counts counts = themes.computeIfAbsent(theme, t -> new Counts());
            if (found.contains(theme)) {
                counts.expectedFound++;
            } else {
                counts.expectedMissed++;
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
        int right = themes.values().stream().mapToInt(c -> c.rightTags).sum();
        int wrong = themes.values().stream().mapToInt(c -> c.wrongTags).sum();
        return right + wrong == 0 ? 1.0 : (double) right / (right + wrong);
    }

    /** Micro-averaged over every expected theme; 1 when nothing was expected. */
    double themeRecall() {
        int found = themes.values().stream().mapToInt(c -> c.expectedFound).sum();
        return found + expectedMissed() == 0 ? 1.0 : (double) found / (found + expectedMissed());
    }

    int expectedThemes() {
        return themes.values().stream()
                .mapToInt(c -> c.expectedFound + c.expectedMissed)
                .sum();
    }

    private int expectedMissed() {
        return themes.values().stream().mapToInt(c -> c.expectedMissed).sum();
    }

    long withDyad() {
        return articles.stream().filter(a -> !a.dyads().isEmpty()).count();
    }
}
