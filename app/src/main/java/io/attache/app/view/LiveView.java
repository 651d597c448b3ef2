package io.attache.app.view;

import io.attache.app.ops.MetricsServer;
import io.attache.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The page with the model behind it, and the feed that keeps the model current while it follows a cluster. The
 * model outlives the feed: after {@link #stopFollowing()} the page still shows what was read.
 */
public final class LiveView {
    private final ViewSettings settings;
    private final Clock clock;
    private final ViewModel model;
    private Optional<ViewFeed> feed = Optional.empty();

    public LiveView(ViewSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.model = new ViewModel(settings.maxArticles(), clock);
    }

    /** Starts reading the topics under {@code topics}' prefix at {@code bootstrapServers}. */
    public synchronized void follow(String bootstrapServers, Topics topics) {
        if (feed.isPresent()) {
            throw new IllegalStateException("the view already follows a cluster");
        }
        feed = Optional.of(ViewFeed.start(bootstrapServers, topics, settings, model, clock));
    }

    /**
     * Waits, at most {@code timeout}, until the page shows every record committed before this call.
     *
     * @return true when it does
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        Optional<ViewFeed> following;
        synchronized (this) {
            following = feed;
        }
        return following.isPresent() && following.get().awaitCaughtUp(timeout);
    }

    /** True while the view follows a cluster. */
    public synchronized boolean isFollowing() {
        return feed.map(ViewFeed::isRunning).orElse(false);
    }

    /** Stops reading; the page keeps showing what was read. An interrupt while waiting is kept for the caller. */
    public synchronized void stopFollowing() {
        if (feed.isPresent()) {
            try {
                feed.get().stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feed = Optional.empty();
        }
    }

    /** The page and its API, to serve beside the metrics. */
    public MetricsServer.Routes routes() {
        return new ViewRoutes(model);
    }

    /** The routes of {@code view}, or none when there is no view. */
    public static MetricsServer.Routes routesOf(Optional<LiveView> view) {
        return view.<MetricsServer.Routes>map(LiveView::routes).orElse(server -> {});
    }

    public ViewModel model() {
        return model;
    }
}
