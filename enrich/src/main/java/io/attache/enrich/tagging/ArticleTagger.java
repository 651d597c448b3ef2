package io.attache.enrich.tagging;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags an article's title and text with the countries and themes its phrases stand for, in one
 * {@link PhraseMatcher} pass per field. Where matches overlap the longest wins
 * ("South China Sea" is a maritime phrase, not a mention of China; "Papua New Guinea" is not Guinea; 中美洲 is
 * Central America, not China and the United States). Thread-safe and immutable.
 */
public final class ArticleTagger {
    /** A title mention counts this many times a body mention. */
    static final int TITLE_WEIGHT = 3;
    /** Evidence kept per tag: enough to explain it, few enough to keep records small. */
    static final int MAX_EVIDENCE = 10;
    /**
     * Title and text shorter than this (in chars) make a short item, the usual feed item of a headline and a line
     * or two: there one body mention is all the text has room for, and counts.
     */
    static final int SHORT_ITEM = 400;

    /** Tags feeds and detectors write for languages CLDR names otherwise (Tagalog is CLDR's Filipino). */
    private static final Map<String, String> CLDR_LANGUAGE =
            Map.of("tl", "fil", "iw", "he", "in", "id", "ji", "yi", "no", "nb");

    private final PhraseMatcher matcher;
    private final PhraseSource[][] targets;
    private final boolean[] caseSensitive;
    private final DyadRanker dyadRanker = new DyadRanker();
    private final ThemeScorer themeScorer = new ThemeScorer();

    private ArticleTagger(PhraseMatcher matcher, PhraseSource[][] targets, boolean[] caseSensitive) {
        this.matcher = matcher;
        this.targets = targets;
        this.caseSensitive = caseSensitive;
    }

    /** A tagger for every phrase of the gazetteer, the taxonomy and the bundled dyad cues. */
    public static ArticleTagger of(Gazetteer gazetteer, Taxonomy taxonomy) {
        // Per language group and key, one target per kind and id: the same phrase listed twice for a theme counts
        // at its highest weight.
        Map<String, Map<String, PhraseSource>> byGroupAndKey = new LinkedHashMap<>();
        Map<String, Boolean> sensitive = new HashMap<>();
        List<PhraseSource> all = new ArrayList<>(gazetteer.phrases());
        all.addAll(taxonomy.phrases());
        all.addAll(Cues.bundled());
        for (PhraseSource source : all) {
            String key = TextFolding.phraseKey(source.phrase());
            if (key.isEmpty()) {
                continue;
            }
            byGroupAndKey
                    .computeIfAbsent(source.language() + "|" + key, k -> new LinkedHashMap<>())
                    .merge(source.kind() + ":" + source.target(), source, (a, b) -> a.weight() >= b.weight() ? a : b);
            sensitive.merge(key, source.caseSensitive(), Boolean::logicalAnd);
        }
        List<String> keys = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<PhraseSource[]> targets = new ArrayList<>();
        byGroupAndKey.forEach((groupAndKey, byTarget) -> {
            int bar = groupAndKey.indexOf('|');
            String key = groupAndKey.substring(bar + 1);
            Map<String, PhraseSource> everywhere = byGroupAndKey.getOrDefault("|" + key, Map.of());
            // A target looked for in every language needs no copy restricted to one.
            PhraseSource[] own = byTarget.entrySet().stream()
                    .filter(e -> bar == 0 || !everywhere.containsKey(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toArray(PhraseSource[]::new);
            if (own.length > 0) {
                keys.add(key);
                phrases.add(own[0].phrase());
                groups.add(groupAndKey.substring(0, bar));
                targets.add(own);
            }
        });
        boolean[] caseSensitive = new boolean[keys.size()];
        for (int i = 0; i < caseSensitive.length; i++) {
            caseSensitive[i] = sensitive.get(keys.get(i));
        }
        return new ArticleTagger(
                PhraseMatcher.of(keys, phrases, groups), targets.toArray(PhraseSource[][]::new), caseSensitive);
    }

    /** Number of distinct phrases the tagger looks for. */
    public int phraseCount() {
        return matcher.size();
    }

    /** The dyads and themes of an article whose language is not known: phrases of every language count. */
    public Tags tag(String title, String text) {
        return tag(title, text, "");
    }

    /**
     * The dyads and themes of an article in {@code language} (a BCP 47 tag such as {@code zh-Hans}; empty when
     * unknown, and then phrases of every language count).
     */
    public Tags tag(String title, String text, String language) {
        String primary = primaryLanguage(language);
        Mentions mentions = new Mentions();
        collect(title, "title", TITLE_WEIGHT, primary, mentions);
        collect(text, "text", 1, primary, mentions);
        mentions.confirmPairs();
        boolean shortItem = title.length() + text.length() < SHORT_ITEM;
        if (DyadRanker.readsAsSport(mentions, MatchResult.in(title))) {
            // A result or a match: the countries are teams and the words of other themes are figures of speech.
            return new Tags(List.of(), List.of(), List.of());
        }
        return new Tags(
                dyadRanker.rank(mentions, shortItem),
                themeScorer.score(mentions.themes, mentions.themeSupport, shortItem),
                dyadRanker.countries(mentions, shortItem));
    }

    /** The primary subtag of a language tag, lower case, as CLDR names it: {@code zh} for {@code zh-Hans}. */
    private static String primaryLanguage(String tag) {
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
            end++;
        }
        String primary = tag.substring(0, end).toLowerCase(Locale.ROOT);
        return CLDR_LANGUAGE.getOrDefault(primary, primary);
    }

    private void collect(String field, String fieldName, int fieldWeight, String language, Mentions mentions) {
        if (field.isEmpty()) {
            return;
        }
        UnspacedWordCheck words = new UnspacedWordCheck(field);
        MatchList matches = new MatchList(field.length());
        matcher.scan(field, language, (phrase, start, end) -> {
            if (caseSensitive[phrase] && !allCapitals(field, start, end)) {
                return;
            }
            if (words.accepts(start, end)) {
                matches.add(phrase, start, end);
            }
        });
        matches.keepLeftmostLongest();
        for (int m = 0; m < matches.size; m++) {
            int phrase = matches.phrase(m);
            int start = matches.start(m);
            int end = matches.end(m);
            List<String> countries = new ArrayList<>(2);
            int countryWeight = 0;
            for (PhraseSource target : targets[phrase]) {
                if (target.capitalised() && Character.isLowerCase(field.charAt(start))) {
                    continue;
                }
                int weight = fieldWeight == 1 ? target.weight() : Math.max(fieldWeight, target.weight());
                Map<String, Tally> tallies = switch (target.kind()) {
                    case COUNTRY -> mentions.countries;
                    case THEME -> mentions.themes;
                    case THEME_SUPPORT -> mentions.themeSupport;
                    case CUE -> mentions.cues;
                };
                Tally tally = tallies.get(target.target());
                if (tally == null) {
                    tally = new Tally(target.kind() == PhraseSource.Kind.THEME
                            || target.kind() == PhraseSource.Kind.THEME_SUPPORT);
                    tallies.put(target.target(), tally);
                }
                tally.add(phrase, weight, field, fieldName, start, end);
                if (target.kind() == PhraseSource.Kind.COUNTRY) {
                    countries.add(target.target());
                    countryWeight = weight;
                    if (fieldWeight > 1) {
                        mentions.inTitle.add(target.target());
                    }
                }
            }
            if (countries.size() == 2) {
                mentions.pairs
                        .computeIfAbsent(DyadRanker.key(countries.get(0), countries.get(1)), k -> new Tally(false))
                        .add(phrase, countryWeight, field, fieldName, start, end);
            }
        }
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tags of one article: dyads and themes, best first, and the countries it mentions more than incidentally,
     * most mentioned first (what a story about one country is keyed by).
     */
    public record Tags(List<Dyad> dyads, List<ThemeTag> themes, List<String> countries) {}

    /**
     * How much one country, theme or cue was mentioned, and where. For a theme one phrase counts at most
     * {@link #MAX_REPEATS} times: a name said ten times makes a text about its country, not ten times about politics.
     */
    static final class Tally {
        static final int MAX_REPEATS = 2;
        int weight;
        final List<Evidence> evidence = new ArrayList<>();
        /** Mentions so far per phrase, for a theme's tally; null for a country's or a cue's, which count them all. */
        private final Map<Integer, Integer> repeats;

        Tally(boolean capped) {
            repeats = capped ? new HashMap<>() : null;
        }

        /** Different phrases counted so far; 0 for a country's or a cue's tally, which does not keep them. */
        int distinctPhrases() {
            return repeats == null ? 0 : repeats.size();
        }

        void add(int phrase, int w, String field, String fieldName, int start, int end) {
            if (repeats == null || repeats.merge(phrase, 1, Integer::sum) <= MAX_REPEATS) {
                weight += w;
            }
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(new Evidence(field.substring(start, end), fieldName, start, end));
            }
        }

        /** Takes back mentions counted here as well (uncapped ones, as a country's): they turned out to be none. */
        void withdraw(Tally mentions) {
            weight -= mentions.weight;
            evidence.removeAll(mentions.evidence);
        }
    }

    /** Everything one article's phrases said, for the dyad ranker and the theme scorer. */
    static final class Mentions {
        final Map<String, Tally> countries = new HashMap<>();
        final Map<String, Tally> themes = new HashMap<>();
        /** Mentions of supporting phrases per theme, which count only for a theme {@link #themes} holds. */
        final Map<String, Tally> themeSupport = new HashMap<>();

        final Map<String, Tally> cues = new HashMap<>();
        /** Countries named in the title, in the order the title first names them. */
        final Set<String> inTitle = new LinkedHashSet<>();
        /** Pairs named by one compound ({@code 中柬}), by dyad key; each match counts for both countries too. */
        final Map<String, Tally> pairs = new HashMap<>();

        /** Pairs named by one compound whose countries are both named on their own as well, as dyad keys. */
        Set<String> namedAsPair() {
            return pairs.keySet();
        }

        /**
         * Drops each compound whose countries are not both named on their own too: a text about China and Cambodia
         * names 柬埔寨 or 柬方 beside 中柬, while 加沙 (Gaza) or 德马 (inside a name) only look like 加 + 沙 and 德 + 马.
         */
        void confirmPairs() {
            Map<String, Integer> inPairs = new HashMap<>();
            pairs.forEach((key, tally) -> {
                for (String code : key.split("-")) {
                    inPairs.merge(code, tally.weight, Integer::sum);
                }
            });
            pairs.entrySet().removeIf(pair -> {
                String[] codes = pair.getKey().split("-");
                boolean confirmed = true;
                for (String code : codes) {
                    confirmed &= countries.get(code).weight > inPairs.get(code);
                }
                if (!confirmed) {
                    for (String code : codes) {
                        countries.get(code).withdraw(pair.getValue());
                    }
                }
                return !confirmed;
            });
            countries.values().removeIf(tally -> tally.weight <= 0);
        }

        int cue(PhraseSource.Cue cue) {
            Tally tally = cues.get(cue.name());
            return tally == null ? 0 : tally.weight;
        }
    }

    /** Matches as packed ints, so a scan allocates one array rather than one object per match. */
    private static final class MatchList {
        /** Chars of release text per phrase match, about: room for a field's matches without regrowing. */
        private static final int CHARS_PER_MATCH = 24;

        int[] data;
        int size;

        MatchList(int fieldLength) {
            data = new int[3 * Math.max(16, fieldLength / CHARS_PER_MATCH)];
        }

        void add(int phrase, int start, int end) {
            if (3 * size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[3 * size] = phrase;
            data[3 * size + 1] = start;
            data[3 * size + 2] = end;
            size++;
        }

        int phrase(int m) {
            return data[3 * m];
        }

        int start(int m) {
            return data[3 * m + 1];
        }

        int end(int m) {
            return data[3 * m + 2];
        }

        /** Keeps, from left to right, the longest match starting at each point that overlaps no kept match. */
        void keepLeftmostLongest() {
            // Sort by start, then longest first, as packed longs: no boxing on this hot path.
            long[] order = new long[size];
            for (int m = 0; m < size; m++) {
                long shorter = 0xFFFFFL - Math.min(end(m) - start(m), 0xFFFFF);
                order[m] = ((long) start(m) << 40) | (shorter << 20) | m;
            }
            Arrays.sort(order);
            int[] kept = new int[3 * size];
            int keptCount = 0;
            int lastStart = -1;
            int lastEnd = -1;
            for (long packed : order) {
                int m = (int) (packed & 0xFFFFF);
                // The same phrase may match from two automata (every language's, and the article's own).
                boolean sameSpan = start(m) == lastStart && end(m) == lastEnd;
                if (start(m) >= lastEnd || sameSpan) {
                    lastStart = start(m);
                    kept[3 * keptCount] = phrase(m);
                    kept[3 * keptCount + 1] = start(m);
                    kept[3 * keptCount + 2] = end(m);
                    keptCount++;
                    lastEnd = end(m);
                }
            }
            data = kept;
            size = keptCount;
        }
    }
}
