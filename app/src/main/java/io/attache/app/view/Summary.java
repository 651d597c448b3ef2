package io.attache.app.view;

import java.time.Instant;
import java.util.List;

/**
 * What the view holds, for the page's header and filter choices. {@code version} changes whenever a record is
 * read, so the page knows when to refresh.
 *
 * @param version     a counter of the records read
 * @param articles    enriched articles held
 * @param maxArticles the most it holds; older ones are forgotten first
 * @param feeds       feeds known (by fetch state or by articles)
 * @param stories     stories held
 * @param oldest      the earliest publication time held, {@link Instant#EPOCH} when none
 * @param pairs       dyad keys seen, sorted
 * @param themes      theme ids seen, sorted
 * @param countries   country codes in the pairs, sorted
 * @param sourceTypes source type ids seen, sorted
 * @param languages   language tags seen, sorted
 */
public record Summary(
        long version,
        int articles,
        int maxArticles,
        int feeds,
        int stories,
        Instant oldest,
        List<String> pairs,
        List<String> themes,
        List<String> countries,
        List<String> sourceTypes,
        List<String> languages) {}
