package io.attache.enrich.tagging;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags an article's title and text with the countries and themes its phrases stand for, in one
 * {@link PhraseMatcher} pass per field over the {@link NormalisedText}. Where matches overlap the longest wins
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
    /** Phrase restricted to no language: looked for in every article. */
    private static final long EVERY_LANGUAGE = -1L;

    private final PhraseMatcher matcher;
    private final PhraseSource[][] targets;
    /** Per phrase and target, the languages the target is looked for in (see {@link #mask}). */
    private final long[][] targetLanguages;
    private final boolean[] caseSensitive;
    private final long[] languages;
    private final Map<String, Long> languageBits;
    private final DyadRanker dyadRanker = new DyadRanker();
    private final ThemeScorer themeScorer = new ThemeScorer();

    private ArticleTagger(PhraseMatcher matcher, PhraseSource[][] targets, long[][] targetLanguages, boolean[] caseSensitive,
                          long[] languages, Map<String, Long> languageBits) {
        this.matcher = matcher;
        this.targets = targets;
        this.targetLanguages = targetLanguages;
        this.caseSensitive = caseSensitive;
        this.languages = languages;
        this.languageBits = languageBits;
    }

    /** A tagger for every phrase of the gazetteer, the taxonomy and the bundled dyad cues. */
    public static ArticleTagger of(Gazetteer gazetteer, Taxonomy taxonomy) {
        Map<String, Map<String, PhraseSource>> byKey = new LinkedHashMap<>();
        Map<String, Boolean> sensitive = new HashMap<>();
        Map<String, Set<String>> restrictedTo = new HashMap<>();
        List<PhraseSource> all = new ArrayList<>(gazetteer.phrases());
        all.addAll(taxonomy.phrases());
        all.addAll(Cues.bundled());
        for (PhraseSource source : all) {
            String key = NormalisedText.phraseKey(source.phrase());
            if (key.isEmpty()) {
                continue;
            }
            // One target per kind and id: the same phrase listed twice for a theme counts at its highest weight.
            String target = source.kind() + ":" + source.target();
            byKey.computeIfAbsent(key, f -> new LinkedHashMap<>())
                    .merge(target, source, (a, b) -> a.weight() >= b.weight() ? a : b);
            sensitive.merge(key, source.caseSensitive(), Boolean::logicalAnd);
            // A target some source looks for everywhere is looked for everywhere (an empty set); else in the union.
            String targetKey = key + target;
            Set<String> current = restrictedTo.get(targetKey);
            if (source.language().isEmpty()) {
                restrictedTo.put(targetKey, Set.of());
            } else if (current == null) {
                restrictedTo.put(targetKey, new HashSet<>(Set.of(source.language())));
            } else if (!current.isEmpty()) {
                current.add(source.language());
            }
        }
        Map<String, Long> languageBits = new HashMap<>();
        List<String> keys = new ArrayList<>(byKey.keySet());
        PhraseSource[][] targets = new PhraseSource[keys.size()][];
        long[][] targetLanguages = new long[keys.size()][];
        boolean[] caseSensitive = new boolean[keys.size()];
        long[] languages = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            targets[i] = byKey.get(key).values().toArray(PhraseSource[]::new);
            targetLanguages[i] = new long[targets[i].length];
            for (int t = 0; t < targets[i].length; t++) {
                String targetKey = key + targets[i][t].kind() + ":" + targets[i][t].target();
                targetLanguages[i][t] = mask(restrictedTo.get(targetKey), languageBits);
                languages[i] |= targetLanguages[i][t];
            }
            caseSensitive[i] = sensitive.get(key);
        }
        return new ArticleTagger(PhraseMatcher.of(keys), targets, targetLanguages, caseSensitive, languages, languageBits);
    }

    /**
     * Bits of the languages a target is restricted to; all bits when it is restricted to none. Languages beyond
     * 63 share the last bit, so a name of one of them may match in articles of another of them: all are minor
     * languages of CLDR's long tail.
     */
    private static long mask(Set<String> restriction, Map<String, Long> languageBits) {
        if (restriction.isEmpty()) {
            return EVERY_LANGUAGE;
        }
        long mask = 0;
        for (String language : restriction) {
            mask |= languageBits.computeIfAbsent(language, l -> 1L << Math.min(languageBits.size(), 63));
        }
        return mask;
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
        long active = activeLanguages(language);
        Mentions mentions = new Mentions();
        collect(title, "title", TITLE_WEIGHT, active, mentions);
        collect(text, "text", 1, active, mentions);
        boolean shortItem = title.length() + text.length() < SHORT_ITEM;
        if (DyadRanker.readsAsSport(mentions)) {
            // A result or a match: the countries are teams and the words of other themes are figures of speech.
            return new Tags(List.of(), List.of());
        }
        return new Tags(dyadRanker.rank(mentions, shortItem), themeScorer.score(mentions.themes, shortItem));
    }

    private long activeLanguages(String language) {
        if (language.isEmpty()) {
            return EVERY_LANGUAGE;
        }
        String primary = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        Long bit = languageBits.get(primary);
        return bit == null ? 0L : bit;
    }

    private void collect(String field, String fieldName, int fieldWeight, long active, Mentions mentions) {
        if (field.isEmpty()) {
            return;
        }
        NormalisedText normalised = NormalisedText.of(field);
        UnspacedWordCheck words = new UnspacedWordCheck(field);
        MatchList matches = new MatchList();
        matcher.scan(normalised, (phrase, start, end) -> {
            if (!looksFor(languages[phrase], active)) {
                return;
            }
            int originalStart = normalised.originalStart(start);
            int originalEnd = normalised.originalEnd(end);
            if (caseSensitive[phrase] && !allCapitals(field, originalStart, originalEnd)) {
                return;
            }
            if (words.accepts(originalStart, originalEnd)) {
                matches.add(phrase, start, end);
            }
        });
        matches.keepLeftmostLongest();
        for (int m = 0; m < matches.size; m++) {
            int phrase = matches.phrase(m);
            int start = normalised.originalStart(matches.start(m));
            int end = normalised.originalEnd(matches.end(m));
            List<String> countries = new ArrayList<>(2);
            for (int t = 0; t < targets[phrase].length; t++) {
                PhraseSource target = targets[phrase][t];
                if (!looksFor(targetLanguages[phrase][t], active) || target.capitalised() && Character.isLowerCase(field.charAt(start))) {
                    continue;
                }
                int weight = fieldWeight == 1 ? target.weight() : Math.max(fieldWeight, target.weight());
                Map<String, Tally> tallies = switch (target.kind()) {
                    case COUNTRY -> mentions.countries;
                    case THEME -> mentions.themes;
                    case CUE -> mentions.cues;
                };
                tallies.computeIfAbsent(target.target(), k -> new Tally()).add(phrase, weight, field, fieldName, start, end,
                        target.kind() == PhraseSource.Kind.THEME);
                if (target.kind() == PhraseSource.Kind.COUNTRY) {
                    countries.add(target.target());
                    if (fieldWeight > 1) {
                        mentions.inTitle.add(target.target());
                    }
                }
            }
            if (countries.size() == 2) {
                mentions.namedAsPair.add(DyadRanker.key(countries.get(0), countries.get(1)));
            }
        }
    }

    private static boolean looksFor(long languages, long active) {
        return languages == EVERY_LANGUAGE || (languages & active) != 0;
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

    /** The tags of one article: dyads and themes, best first. */
    public record Tags(List<Dyad> dyads, List<ThemeTag> themes) {
    }

    /**
     * How much one country, theme or cue was mentioned, and where. For a theme one phrase counts at most
     * {@link #MAX_REPEATS} times: a name said ten times makes a text about its country, not ten times about politics.
     */
    static final class Tally {
        static final int MAX_REPEATS = 2;
        int weight;
        final List<Evidence> evidence = new ArrayList<>();
        private final Map<Integer, Integer> repeats = new HashMap<>();

        void add(int phrase, int w, String field, String fieldName, int start, int end, boolean capped) {
            if (!capped || repeats.merge(phrase, 1, Integer::sum) <= MAX_REPEATS) {
                weight += w;
            }
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(new Evidence(field.substring(start, end), fieldName, start, end));
            }
        }
    }

    /** Everything one article's phrases said, for the dyad ranker and the theme scorer. */
    static final class Mentions {
        final Map<String, Tally> countries = new HashMap<>();
        final Map<String, Tally> themes = new HashMap<>();
        final Map<String, Tally> cues = new HashMap<>();
        /** Countries named in the title. */
        final Set<String> inTitle = new HashSet<>();
        /** Pairs named by one compound ({@code 中柬}), as dyad keys. */
        final Set<String> namedAsPair = new HashSet<>();

        int cue(PhraseSource.Cue cue) {
            Tally tally = cues.get(cue.name());
            return tally == null ? 0 : tally.weight;
        }
    }

    /** Matches as packed ints, so a scan allocates one array rather than one object per match. */
    private static final class MatchList {
        int[] data = new int[3 * 32];
        int size;

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

        /**
         * Keeps, from left to right, the longest match starting at each point that overlaps no kept match. Spans
         * include their bounding spaces, so two matches of adjacent words share one space and do not overlap.
         */
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
            int lastEnd = -1;
            for (long packed : order) {
                int m = (int) (packed & 0xFFFFF);
                if (start(m) >= lastEnd - 1) {
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
