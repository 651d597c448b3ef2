package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import java.util.List;

/**
 * A parsed feed and, per entry in document order, the raw text of its date element (empty when none), so
 * that dates ROME could not read can be read by {@link FeedDates}.
 */
record ParsedFeed(SyndFeed feed, List<String> rawEntryDates) {
    ParsedFeed {
        rawEntryDates = List.copyOf(rawEntryDates);
    }

    /** The raw date of entry {@code index}, empty when unknown. */
    String rawDate(int index) {
        return index < rawEntryDates.size() ? rawEntryDates.get(index) : "";
    }
}
