package io.attache.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * What an entry's web page gave.
 *
 * @param text      the main text, paragraphs kept; empty when nothing article-like was found
 * @param title     the page's headline, empty when none
 * @param published when the page says it was published, empty when it doesn't
 */
record ArticlePage(String text, String title, Optional<Instant> published) {}
