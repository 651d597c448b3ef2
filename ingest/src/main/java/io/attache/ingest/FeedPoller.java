package io.attache.ingest;

import io.attache.model.Article;
import io.attache.model.FeedState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed once: fetch (conditionally), parse, normalise, drop what was published before, publish the
 * rest, and only then advance the feed's validators and remember its entries. Any failure leaves the old
 * validators in place, so the next poll fetches the same entries again and nothing is lost.
 */
final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** Entries remembered per feed, enough for any real feed's window. */
    static final int SEEN_LIMIT = 1_000;

    private final FeedFetcher fetcher;
    private final PageFetcher pages;
    private final FeedParser parser = new FeedParser();
    private final ArticleNormaliser normaliser = new ArticleNormaliser();
    private final ListingPageReader listingReader;
    private final SitemapReader sitemapReader;
    private final PageText pageText;
    private final PublishTarget target;
    private final Backoff backoff;
    private final Duration longestWait;
    private final Clock clock;

    FeedPoller(
            FeedFetcher fetcher,
            PageFetcher pages,
            PageText pageText,
            PublishTarget target,
            Backoff backoff,
            Duration longestWait,
            Clock clock) {
        this.fetcher = fetcher;
        this.pageText = pageText;
        this.pages = pages;
        this.listingReader = new ListingPageReader(pages);
        this.sitemapReader = new SitemapReader(fetcher.maxBytes());
        this.target = target;
        this.backoff = backoff;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /** Polls {@code feed} from {@code state}; returns the result and the state it saved. */
    Polled poll(FeedConfig feed, FeedState state) throws PublishInterruptedException {
        FeedState current = state.configuredUrl().equals(feed.url().toString())
                ? state
                : FeedState.initial(feed.id(), feed.url().toString()).withSeen(state.seen());
        Instant started = clock.instant();
        URI url = current.url().isEmpty() ? feed.url() : URI.create(current.url());
        FetchResponse response = fetch(feed, url, current);
        FeedState next;
        FetchOutcome outcome = response.outcome();
        int published = 0;
        String message = response.message();
        switch (response.outcome()) {
            case OK -> {
                try {
                    SourceRead read = read(feed, response, started);
                    ParsedFeed parsed = read.parsed();
                    List<Article> articles =
                            normaliser.normalise(feed, parsed, response.finalUrl(), response.effectiveUrl(), started);
                    List<Article> fresh = unseen(articles, current.seen());
                    PageText.Completed completed = feed.fullText()
                            ? pageText.withPageTexts(fresh, feed.interval())
                            : new PageText.Completed(fresh, List.of());
                    target.publish(feed.id(), completed.articles());
                    published = fresh.size();
                    List<String> details = new ArrayList<>(List.of(message));
                    details.addAll(parsed.notes());
                    details.add(articles.size() + " entries, " + published + " new");
                    details.addAll(completed.notes());
                    message = String.join(", ", details);
                    next = succeeded(
                                    feed,
                                    current,
                                    read.complete() ? response : withoutValidators(response),
                                    started,
                                    FetchOutcome.OK)
                            .withSeen(remembered(articles, current.seen()));
                } catch (FeedParseException e) {
                    outcome = e.outcome();
                    message = e.getMessage();
                    next = failed(feed, current, response.effectiveUrl(), e.outcome(), message, Duration.ZERO, started);
                } catch (RuntimeException e) {
                    LOG.error("feed {}: unexpected error while reading {}", feed.id(), url, e);
                    outcome = FetchOutcome.INTERNAL_ERROR;
                    message = e.toString();
                    next = failed(feed, current, response.effectiveUrl(), outcome, message, Duration.ZERO, started);
                }
            }
            case NOT_MODIFIED -> next = succeeded(feed, current, response, started, FetchOutcome.NOT_MODIFIED);
            default ->
                next = failed(
                        feed,
                        current,
                        response.effectiveUrl(),
                        response.outcome(),
                        message,
                        response.retryAfter(),
                        started);
        }
        target.saveState(next);
        return new Polled(
                new FeedPollResult(feed.id(), url.toString(), outcome, published, message, next.nextPoll()), next);
    }

    /** Fetches the source conditionally, as its kind asks for (a feed, or the first page of a listing). */
    private FetchResponse fetch(FeedConfig feed, URI url, FeedState state) {
        return switch (feed.type()) {
            case FEED -> fetcher.fetchFeed(url, state.etag(), state.lastModified());
            case HTML -> pages.fetchListing(url, state.etag(), state.lastModified());
            case SITEMAP -> pages.fetchSitemap(url, state.etag(), state.lastModified());
        };
    }

    /** Reads what the source gave as a feed, with the reader of its kind. */
    private SourceRead read(FeedConfig feed, FetchResponse response, Instant now) throws FeedParseException {
        return switch (feed.type()) {
            case FEED -> new SourceRead(parser.parse(response.body(), response.contentType()), true);
            case HTML -> new SourceRead(listingReader.read(feed, response), true);
            case SITEMAP -> {
                SitemapReader.Result result =
                        sitemapReader.read(response, now, feed.maxAge(), child -> pages.fetchSitemap(child, "", ""));
                yield new SourceRead(result.parsed(), result.failedChildren().isEmpty());
            }
        };
    }

    /**
     * What a source's reader made of it, and whether that was all of it: a sitemap index some of whose children
     * failed is not, and its validators are then not kept, so that the next poll reads the index again (a 304
     * would leave the failed children unread until the index changes).
     */
    private record SourceRead(ParsedFeed parsed, boolean complete) {}

    private static FetchResponse withoutValidators(FetchResponse response) {
        return new FetchResponse(
                response.outcome(),
                response.body(),
                response.contentType(),
                "",
                "",
                response.effectiveUrl(),
                response.finalUrl(),
                response.freshFor(),
                response.retryAfter(),
                response.message());
    }

    /** The state after a fetch whose articles were all acknowledged (or that had nothing new). */
    private FeedState succeeded(
            FeedConfig feed, FeedState state, FetchResponse response, Instant started, FetchOutcome outcome) {
        Duration fresh = response.freshFor().compareTo(longestWait) > 0 ? longestWait : response.freshFor();
        Duration wait = fresh.compareTo(feed.interval()) > 0 ? fresh : feed.interval();
        String etag =
                response.etag().isEmpty() && outcome == FetchOutcome.NOT_MODIFIED ? state.etag() : response.etag();
        String lastModified = response.lastModified().isEmpty() && outcome == FetchOutcome.NOT_MODIFIED
                ? state.lastModified()
                : response.lastModified();
        return new FeedState(
                FeedState.SCHEMA,
                feed.id(),
                feed.url().toString(),
                response.effectiveUrl().toString(),
                etag,
                lastModified,
                started,
                started,
                0,
                outcome.label(),
                "",
                started.plus(wait),
                state.seen());
    }

    /** The state after a failure: validators kept, failure counted, next try backed off (or as the server asked). */
    private FeedState failed(
            FeedConfig feed,
            FeedState state,
            URI effectiveUrl,
            FetchOutcome outcome,
            String message,
            Duration retryAfter,
            Instant started) {
        int failures = state.consecutiveFailures() + 1;
        Duration wait = backoff.after(failures, feed.interval());
        if (retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return new FeedState(
                FeedState.SCHEMA,
                feed.id(),
                feed.url().toString(),
                effectiveUrl.toString(),
                state.etag(),
                state.lastModified(),
                started,
                state.lastSuccess(),
                failures,
                outcome.label(),
                message,
                started.plus(wait),
                state.seen());
    }

    private static List<Article> unseen(List<Article> articles, List<String> seen) {
        Set<String> known = Set.copyOf(seen);
        List<Article> fresh = new ArrayList<>();
        for (Article article : articles) {
            if (!known.contains(seenKey(article))) {
                fresh.add(article);
            }
        }
        return fresh;
    }

    /** The entries of this response first, then older ones, at most {@link #SEEN_LIMIT}. */
    private static List<String> remembered(List<Article> articles, List<String> seen) {
        Set<String> keys = new LinkedHashSet<>();
        articles.forEach(a -> keys.add(seenKey(a)));
        keys.addAll(seen);
        return keys.stream().limit(SEEN_LIMIT).toList();
    }

    /** An entry is new when its id is, or when its feed text changed (a revision, published again). */
    private static String seenKey(Article article) {
        return article.id() + ":" + article.contentHash();
    }

    /** A poll's result and the state it saved. */
    record Polled(FeedPollResult result, FeedState state) {}
}
