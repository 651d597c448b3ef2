package io.attache.bench.enrich;

import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * Tagging 5 KB articles with the bundled data (every language), single-threaded, so ops/s is per core: the whole
 * tagger as enrichment runs it (normalising, matching, overlap resolution, evidence, dyads, themes).
 * <ul>
 *   <li>{@code tagEnglish}: English release paragraphs between runs of pseudo-words (the target's workload);</li>
 *   <li>{@code tagChinese}: Chinese release sentences, which also pay for dictionary word segmentation.</li>
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
    static final int ARTICLES = 64;
    static final int BYTES = 5 * 1024;

    private ArticleTagger tagger;
    private String[] english;
    private String[] chinese;
    private int next;

    @Setup
    public void setUp() {
        tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));
        english = englishTexts();
        chinese = chineseTexts();
    }

    /** The 5 KB English article bodies. */
    static String[] englishTexts() {
        String[] texts = new String[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            texts[i] = BenchArticles.text(i, BYTES, BenchArticles.Mix.DENSE);
        }
        return texts;
    }

    /** 5 KB (UTF-8) Chinese article bodies, each a different order of release sentences. */
    static String[] chineseTexts() {
        String[] texts = new String[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            texts[i] = BenchArticles.chineseText(i, BYTES);
        }
        return texts;
    }

    @Benchmark
    public ArticleTagger.Tags tagEnglish() {
        next = (next + 1) % ARTICLES;
        return tagger.tag("Wang Yi Holds Talks with Prak Sokhonn", english[next], "en");
    }

    @Benchmark
    public ArticleTagger.Tags tagChinese() {
        next = (next + 1) % ARTICLES;
        return tagger.tag("王毅同柬埔寨副首相兼外交大臣布拉索昆举行会谈", chinese[next], "zh-Hans");
    }
}
