package io.attache.ingest;

import io.attache.model.Article;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full text for feeds that carry only a headline: fetches each new entry's page (same timeouts, size cap,
 * concurrency limits and backoff as feeds, one page at a time per feed) and extracts the main article with
 * Readability4J (a port of Mozilla's Readability), with the page's headline and date for entries that have
 * none. Pages are fetched only where robots.txt allows ({@link PageFetcher}). A host whose page fetches failed
 * or were rate limited is not asked again until its {@link PageHostBackoff} wait is over, across polls. When a
 * page is not fetched or yields less text than the feed, the feed's text is kept.
 */
final class PageText {
    private static final Logger LOG = LoggerFactory.getLogger(PageText.class);

    private final PageFetcher fetcher;
    private final HostThrottle throttle;
    private final PageHostBackoff backoff;

    /**
     * @param throttle the per-host and global limits for page fetches; separate from the feeds' own, since a
     *                 feed's poll holds its slot while it waits for its pages
     * @param backoff  the hosts whose pages are not to be asked for yet, shared by every poll
     */
    PageText(PageFetcher fetcher, HostThrottle throttle, PageHostBackoff backoff) {
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.backoff = backoff;
    }

    /**
     * The articles, each with its page's main text where that could be had, and a note for each page that
     * robots.txt kept us from.
     *
     * @param interval the polling feed's interval, from which a failing host's backoff grows
     */
    Completed withPageTexts(List<Article> articles, Duration interval) {
        List<Article> result = new ArrayList<>(articles.size());
        List<String> notes = new ArrayList<>();
        for (Article article : articles) {
            if (article.url().isEmpty()) {
                result.add(article);
                continue;
            }
            URI url = URI.create(article.url());
            String host = url.getHost() == null ? "" : url.getHost();
            Optional<Instant> waiting = backoff.waitingUntil(host);
            if (waiting.isPresent()) {
                LOG.debug(
                        "feed {}: page {} not fetched, {} backs off until {}; keeping the feed's text",
                        article.feed().id(),
                        article.url(),
                        host,
                        waiting.get());
                result.add(article);
                continue;
            }
            FetchResponse page =
                    throttle.submit(url.getHost(), () -> fetcher.fetchPage(url)).join();
            backoff.record(host, page, interval);
            if (page.outcome() != FetchOutcome.OK) {
                LOG.info(
                        "feed {}: page {} not fetched ({}: {}); keeping the feed's text",
                        article.feed().id(),
                        article.url(),
                        page.outcome().label(),
                        page.message());
                if (page.outcome() == FetchOutcome.DISALLOWED_BY_ROBOTS
                        || page.outcome() == FetchOutcome.ROBOTS_UNAVAILABLE) {
                    notes.add(page.message());
                }
                result.add(article);
                continue;
            }
            result.add(ArticleNormaliser.withPage(article, read(page)));
        }
        return new Completed(result, notes);
    }

    /** The articles, completed where their pages could be had, and why some pages were not fetched. */
    record Completed(List<Article> articles, List<String> notes) {}

    /** The page's main text (paragraphs kept), headline and date; empty parts for what it doesn't have. */
    static ArticlePage read(FetchResponse page) {
        String url = page.finalUrl().toString();
        try {
            Document document = HtmlPages.parse(page);
            // Read before Readability, which strips the head and reshapes the body.
            String title = HtmlPages.title(document);
            Optional<Instant> published = HtmlPages.published(document);
            return new ArticlePage(mainText(url, document), title, published);
        } catch (IOException e) {
            LOG.debug("page {} unreadable: {}", url, e.toString());
            return new ArticlePage("", "", Optional.empty());
        }
    }

    private static String mainText(String url, Document document) {
        try {
            Element content = new Readability4J(url, document).parse().getArticleContent();
            return content == null ? "" : HtmlText.toText(content, ArticleNormaliser.MAX_TEXT);
        } catch (RuntimeException e) {
            // Readability gives up on some markup; the feed's own text is kept for those pages.
            LOG.debug("content extraction failed for {}: {}", url, e.toString());
            return "";
        }
    }
}
