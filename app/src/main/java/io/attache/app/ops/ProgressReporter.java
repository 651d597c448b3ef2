package io.attache.app.ops;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a long piece of work has got: on a terminal, one line redrawn in place
 * ({@code [=====>    ] 412/1000 feeds, 18,240 articles}); otherwise (a pipe, a log file, CI) a plain log
 * line at most every {@code logInterval}, so logs stay readable.
 */
public final class ProgressReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);
    private static final int BAR_WIDTH = 30;

    private final String unit;
    private final int total;
    private final PrintStream terminal;
    private final Clock clock;
    private final Duration logInterval;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong articles = new AtomicLong();
    private volatile Instant lastLog;

    private ProgressReporter(String unit, int total, PrintStream terminal, Clock clock, Duration logInterval) {
        this.unit = unit;
        this.total = total;
        this.terminal = terminal;
        this.clock = clock;
        this.logInterval = logInterval;
        this.lastLog = clock.instant();
    }

    /** Redraws a bar on {@code System.err} when this process has a console, logs otherwise. */
    public static ProgressReporter forCurrentProcess(String unit, int total, Clock clock) {
        boolean onTerminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressReporter(unit, total, onTerminal ? System.err : null, clock, Duration.ofSeconds(10));
    }

    /** For tests: always logs (terminal null) or always draws on {@code out}. */
    static ProgressReporter create(String unit, int total, PrintStream terminal, Clock clock, Duration logInterval) {
        return new ProgressReporter(unit, total, terminal, clock, logInterval);
    }

    /** Records one finished item that yielded {@code articleCount} articles. */
    public synchronized void itemDone(long articleCount) {
        int now = done.incrementAndGet();
        articles.addAndGet(articleCount);
        if (terminal != null) {
            terminal.print('\r' + line());
            if (now == total) {
                terminal.println();
            }
            terminal.flush();
        } else if (now == total || !clock.instant().isBefore(lastLog.plus(logInterval))) {
            lastLog = clock.instant();
            LOG.info("Progress: {}", line());
        }
    }

    /** The progress as text, e.g. {@code [===>      ] 3/10 feeds, 120 articles}. */
    public String line() {
        int now = done.get();
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) now * BAR_WIDTH / total);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return bar.append("] ")
                .append(now)
                .append('/')
                .append(total)
                .append(' ')
                .append(unit)
                .append(", ")
                .append(String.format(Locale.ROOT, "%,d", articles.get()))
                .append(" articles")
                .toString();
    }
}
