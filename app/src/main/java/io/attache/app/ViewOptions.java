package io.attache.app;

import io.attache.app.view.LiveView;
import io.attache.app.view.ViewSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Whether a command serves the view (the page at {@code /} of its metrics server) and how much it holds. On by
 * default where one process sees the whole pipeline ({@code run}, {@code demo}, {@code web}); off by default in
 * {@code ingest}, {@code enrich} and {@code sink}, so that a fleet of instances does not run a reader per instance.
 */
public final class ViewOptions {
    static final Set<String> ON_BY_DEFAULT = Set.of("run", "demo", "web");

    @Option(
            names = "--view",
            negatable = true,
            description =
                    "Serve the view (a page of feed health, pairs × themes, time lines, stories and articles) at / "
                            + "of the metrics server, read from the topics (default: on for run, demo and web, off for ingest, "
                            + "enrich and sink; --no-view turns it off).")
    Boolean view;

    @Option(
            names = "--view-max-articles",
            paramLabel = "N",
            defaultValue = "20000",
            description = "The most enriched articles (and stories) the view holds in memory; the ones read longest "
                    + "ago are forgotten first (default: ${DEFAULT-VALUE}).")
    int maxArticles;

    @Option(
            names = "--view-look-back",
            paramLabel = "DURATION",
            defaultValue = "90d",
            converter = DurationConverter.class,
            description = "How far back the view starts reading <prefix>.enriched and <prefix>.stories, by record time "
                    + "(default: ${DEFAULT-VALUE}); <prefix>.feed-state is always read whole.")
    Duration lookBack;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The view to serve, not yet following a cluster; empty when it is off. */
    Optional<LiveView> view() {
        boolean on = view != null ? view : ON_BY_DEFAULT.contains(command.name());
        if (!on) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LiveView(new ViewSettings(maxArticles, lookBack), Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new UserException("--view-max-articles/--view-look-back: " + e.getMessage(), e);
        }
    }
}
