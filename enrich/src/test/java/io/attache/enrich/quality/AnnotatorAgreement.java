package io.attache.enrich.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far two annotators who labelled the same items apart agree: on the main pair, and on themes (the themes both
 * gave over the themes either gave, summed over items). Shows how much of the tagger's distance from the labels is
 * the labels' own uncertainty.
 */
final class AnnotatorAgreement {
    final int items;
    final int mainDyadsAgreed;
    final int themesBoth;
    final int themesEither;

    private AnnotatorAgreement(List<LabelledArticle> twice) {
        items = twice.size();
        int agreed = 0;
        int both = 0;
        int either = 0;
        for (LabelledArticle article : twice) {
            LabelledArticle.Labels second = article.second().orElseThrow();
            if (article.first().mainDyad().equals(second.mainDyad())) {
                agreed++;
            }
            Set<String> union = new TreeSet<>(article.themes());
            union.addAll(second.themes());
            either += union.size();
            both += (int)
                    article.themes().stream().filter(second.themes()::contains).count();
        }
        mainDyadsAgreed = agreed;
        themesBoth = both;
        themesEither = either;
    }

    /** Agreement over the items labelled twice, per primary language, languages in alphabetical order. */
    static Map<String, AnnotatorAgreement> byLanguage(List<LabelledArticle> articles) {
        Map<String, AnnotatorAgreement> result = new TreeMap<>();
        articles.stream()
                .filter(a -> a.second().isPresent())
                .collect(Collectors.groupingBy(LabelledArticle::primaryLanguage, TreeMap::new, Collectors.toList()))
                .forEach((language, group) -> result.put(language, new AnnotatorAgreement(group)));
        return result;
    }

    /** Agreement over every item labelled twice. */
    static AnnotatorAgreement of(List<LabelledArticle> articles) {
        return new AnnotatorAgreement(
                articles.stream().filter(a -> a.second().isPresent()).toList());
    }

    double mainDyadAgreement() {
        return items == 0 ? 1.0 : (double) mainDyadsAgreed / items;
    }

    double themeAgreement() {
        return themesEither == 0 ? 1.0 : (double) themesBoth / themesEither;
    }
}
