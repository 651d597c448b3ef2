package io.attache.bench.enrich;

import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The same workloads as {@link TaggerBenchmark}, counted per second of this thread's CPU time rather than wall
 * time: on a machine whose cores are shared with other work, that is the per-core rate.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.attache.bench.enrich.TaggerCpuTimeRunner}
 */
public final class TaggerCpuTimeRunner {
    private static final long MEASURE_CPU_NANOS = 5_000_000_000L;

    private TaggerCpuTimeRunner() {}

    public static void main(String[] args) {
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));
        String[] english = TaggerBenchmark.englishTexts();
        String[] chinese = TaggerBenchmark.chineseTexts();
        long[] sink = new long[1];
        IntConsumer tagEnglish =
                i -> sink[0] += tagger.tag("Wang Yi Holds Talks with Prak Sokhonn", english[i & 63], "en")
                        .themes()
                        .size();
        IntConsumer tagChinese = i -> sink[0] += tagger.tag("王毅同柬埔寨副首相兼外交大臣布拉索昆举行会谈", chinese[i & 63], "zh-Hans")
                .themes()
                .size();
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %,d phrases | tag English 5 KB %8.0f /cpu-s | tag Chinese 5 KB %8.0f /cpu-s%n",
                    label,
                    tagger.phraseCount(),
                    perCpuSecond(tagEnglish),
                    perCpuSecond(tagChinese));
        }
        System.out.println("(checksum " + sink[0] + ")");
    }

    private static double perCpuSecond(IntConsumer work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int done = 0;
        while (threads.getCurrentThreadCpuTime() - start < MEASURE_CPU_NANOS) {
            for (int k = 0; k < 16; k++) {
                work.accept(done++);
            }
        }
        return done / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }
}
