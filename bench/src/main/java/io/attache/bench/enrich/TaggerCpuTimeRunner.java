package io.attache.bench.enrich;

import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.ahocorasick.trie.Trie;

/**
 * The same three workloads as {@link TaggerBenchmark}, counted per second of this thread's CPU time rather than
 * wall time: on a machine whose cores are shared with other work, that is the per-core rate.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.attache.bench.enrich.TaggerCpuTimeRunner}
 */
public final class TaggerCpuTimeRunner {
    private static final long MEASURE_CPU_NANOS = 5_000_000_000L;

    private TaggerCpuTimeRunner() {
    }

    public static void main(String[] args) {
        Gazetteer gazetteer = Gazetteer.load(List.of());
        Taxonomy taxonomy = Taxonomy.load(List.of());
        ArticleTagger tagger = ArticleTagger.of(gazetteer, taxonomy);
        Trie library = TaggerBenchmark.libraryTrie(gazetteer, taxonomy);
        String[] texts = TaggerBenchmark.texts();
        long[] sink = new long[1];
        IntConsumer tag = i -> sink[0] += tagger.tag("Wang Yi Holds Talks with Prak Sokhonn", texts[i & 63]).themes().size();
        IntConsumer scan = i -> tagger.scan(texts[i & 63], (phrase, start, end) -> sink[0] += phrase);
        IntConsumer libraryScan = i -> sink[0] += library.parseText(TaggerBenchmark.fold(texts[i & 63])).size();
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            System.out.printf(Locale.ROOT, "%-8s tag (own automaton) %8.0f /cpu-s | scan (own automaton) %8.0f /cpu-s | "
                    + "scan (org.ahocorasick 0.6.3) %8.0f /cpu-s%n", label, perCpuSecond(tag), perCpuSecond(scan), perCpuSecond(libraryScan));
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
