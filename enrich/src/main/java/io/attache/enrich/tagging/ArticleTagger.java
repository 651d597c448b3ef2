package io.attache.enrich.tagging;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags an article's title and text with the countries and themes its phrases stand for, in one pass of a
 * {@link PhraseAutomaton} per field. Where matches overlap the longest wins ("South China Sea" is a maritime
 * phrase, not a mention of China; "Papua New Guinea" is not Guinea). Thread-safe and immutable.
 */
public final class ArticleTagger {
    /** A title mention counts this many times a body mention. */
    static final int TITLE_WEIGHT = 3;
    /** Evidence kept per tag: enough to explain it, few enough to keep records small. */
    static final int MAX_EVIDENCE = 10;

    private final PhraseAutomaton automaton;
    private final PhraseSource[][] targets;
    private final boolean[] caseSensitive;
    private final DyadRanker dyadRanker = new DyadRanker();
    private final ThemeScorer themeScorer = new ThemeScorer();

    private ArticleTagger(PhraseAutomaton automaton, PhraseSource[][] targets, boolean[] caseSensitive) {
        this.automaton = automaton;
        this.targets = targets;
        this.caseSensitive = caseSensitive;
    }

    /** A tagger for every phrase of the gazetteer and the taxonomy. */
    public static ArticleTagger of(Gazetteer gazetteer, Taxonomy taxonomy) {
        Map<String, Map<String, PhraseSource>> byFolded = new LinkedHashMap<>();
        Map<String, Boolean> sensitive = new HashMap<>();
        List<PhraseSource> all = new ArrayList<>(gazetteer.phrases());
        all.addAll(taxonomy.phrases());
        for (PhraseSource source : all) {
            String folded = CharFolding.foldPhrase(source.phrase());
            if (folded.isEmpty()) {
                continue;
            }
            // One target per kind and id: the same phrase listed twice for a theme counts at its highest weight.
            byFolded.computeIfAbsent(folded, f -> new LinkedHashMap<>())
                    .merge(source.kind() + ":" + source.target(), source, (a, b) -> a.weight() >= b.weight() ? a : b);
            sensitive.merge(folded, source.caseSensitive(), Boolean::logicalAnd);
        }
        List<String> phrases = new ArrayList<>(byFolded.keySet());
        PhraseSource[][] targets = new PhraseSource[phrases.size()][];
        boolean[] caseSensitive = new boolean[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            targets[i] = byFolded.get(phrases.get(i)).values().toArray(PhraseSource[]::new);
            caseSensitive[i] = sensitive.get(phrases.get(i));
        }
        return new ArticleTagger(PhraseAutomaton.build(phrases), targets, caseSensitive);
    }

    /** Number of distinct phrases the tagger looks for. */
    public int phraseCount() {
        return automaton.size();
    }

    /** Reports every phrase match in {@code text}, before overlaps are resolved; what {@link #tag} builds on. */
    public void scan(String text, PhraseAutomaton.MatchSink sink) {
        automaton.scan(text, sink);
    }

    /** The dyads and themes of an article. */
    public Tags tag(String title, String text) {
        Mentions mentions = new Mentions();
        collect(title, "title", TITLE_WEIGHT, mentions);
        collect(text, "text", 1, mentions);
        return new Tags(dyadRanker.rank(mentions.countries), themeScorer.score(mentions.themes));
    }

    private void collect(String field, String fieldName, int fieldWeight, Mentions mentions) {
        MatchList matches = new MatchList();
        scan(field, (phrase, start, end) -> {
            if (!caseSensitive[phrase] || allCapitals(field, start, end)) {
                matches.add(phrase, start, end);
            }
        });
        matches.keepLeftmostLongest();
        for (int m = 0; m < matches.size; m++) {
            int phrase = matches.phrase(m);
            int start = matches.start(m);
            int end = matches.end(m);
            for (PhraseSource target : targets[phrase]) {
                int weight = fieldWeight == 1 ? target.weight() : Math.max(fieldWeight, target.weight());
                Map<String, Tally> tallies = target.kind() == PhraseSource.Kind.COUNTRY ? mentions.countries : mentions.themes;
                tallies.computeIfAbsent(target.target(), t -> new Tally()).add(weight, field, fieldName, start, end);
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

    /** The tags of one article: dyads and themes, best first. */
    public record Tags(List<Dyad> dyads, List<ThemeTag> themes) {
    }

    /** How much one country or theme was mentioned, and where. */
    static final class Tally {
        int weight;
        final List<Evidence> evidence = new ArrayList<>();

        void add(int w, String field, String fieldName, int start, int end) {
            weight += w;
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(new Evidence(field.substring(start, end), fieldName, start, end));
            }
        }
    }

    private static final class Mentions {
        final Map<String, Tally> countries = new HashMap<>();
        final Map<String, Tally> themes = new HashMap<>();
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
            int lastEnd = -1;
            for (long packed : order) {
                int m = (int) (packed & 0xFFFFF);
                if (start(m) >= lastEnd) {
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
