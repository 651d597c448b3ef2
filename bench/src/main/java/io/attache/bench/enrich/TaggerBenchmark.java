package io.attache.bench.enrich;

import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.CharFolding;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.PhraseSource;
import io.attache.enrich.tagging.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagging 5 KB articles, single-threaded (so ops/s is per core):
 * <ul>
 *   <li>{@code tagWithOwnAutomaton}: the whole tagger as enrichment runs it (scan, overlap resolution, evidence,
 *       dyad ranking, theme scores);</li>
 *   <li>{@code scanWithOwnAutomaton}: the automaton's scan alone, for a like-for-like comparison;</li>
 *   <li>{@code scanWithAhoCorasickLibrary}: the same phrases in org.ahocorasick 0.6.3 (case-insensitive, whole
 *       words, overlaps removed), over the same text folded the same way beforehand as that library cannot fold
 *       accents itself; folding is included in its time as it would be in use.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TaggerBenchmark {
    private static final int ARTICLES = 64;
    private static final int BYTES = 5 * 1024;

    private ArticleTagger tagger;
    private Trie library;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        Gazetteer gazetteer = Gazetteer.load(List.of());
        Taxonomy taxonomy = Taxonomy.load(List.of());
        tagger = ArticleTagger.of(gazetteer, taxonomy);
        library = libraryTrie(gazetteer, taxonomy);
        texts = texts();
    }

    /** The same phrases as the tagger's, folded the same way, in the library's trie. */
    static Trie libraryTrie(Gazetteer gazetteer, Taxonomy taxonomy) {
        Set<String> phrases = new LinkedHashSet<>();
        List<PhraseSource> all = new ArrayList<>(gazetteer.phrases());
        all.addAll(taxonomy.phrases());
        all.forEach(p -> phrases.add(CharFolding.foldPhrase(p.phrase())));
        return Trie.builder().ignoreCase().onlyWholeWords().ignoreOverlaps().addKeywords(phrases).build();
    }

    /** The benchmark's 5 KB article bodies. */
    static String[] texts() {
        String[] texts = new String[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            texts[i] = BenchArticles.text(i, BYTES, BenchArticles.Mix.DENSE);
        }
        return texts;
    }

    private String nextText() {
        next = (next + 1) % ARTICLES;
        return texts[next];
    }

    @Benchmark
    public ArticleTagger.Tags tagWithOwnAutomaton() {
        return tagger.tag("Wang Yi Holds Talks with Prak Sokhonn", nextText());
    }

    @Benchmark
    public void scanWithOwnAutomaton(Blackhole blackhole) {
        tagger.scan(nextText(), (phrase, start, end) -> blackhole.consume(phrase));
    }

    @Benchmark
    public void scanWithAhoCorasickLibrary(Blackhole blackhole) {
        for (Emit emit : library.parseText(fold(nextText()))) {
            blackhole.consume(emit);
        }
    }

    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char f = CharFolding.fold(text.charAt(i));
            folded[i] = f == CharFolding.SEPARATOR ? ' ' : f;
        }
        return new String(folded);
    }
}
