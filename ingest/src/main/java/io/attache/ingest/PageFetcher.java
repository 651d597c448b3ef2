package io.attache.ingest;

import java.net.URI;

/** Fetches one web page for a source: a next listing page, or an entry's article page. */
@FunctionalInterface
interface PageFetcher {
    /** The page at {@code url}, fetched for {@code source}; never throws for what a server does. */
    FetchResponse fetch(FeedConfig source, URI url);
}
