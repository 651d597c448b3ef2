package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import java.util.List;

/**
 * A parsed feed and, per entry in document order, the raw text of its date element (empty when none), so
 * that dates ROME could not read can be read by {@link FeedDates}; with what the reader has to say about how
 * it went (e.g. {@code 2 listing pages}), for the poll's message.
 */
record ParsedFeed(SyndFeed feed, List<String> rawEntryDates, List<String> notes) {
    ParsedFeed {
        rawEntryDates = List.copyOf(rawEntryDates);
        notes = List.copyOf(notes);
    }

    /** A feed read in one go, with nothing to note. */
    ParsedFeed(SyndFeed feed, List<String> rawEntryDates) {
        this(feed, rawEntryDates, List.of());
    }

    /** The raw date of entry {@code index}, empty when unknown. */
    String rawDate(int index) {
        return index < rawEntryDates.size() ? rawEntryDates.get(index) : "";
    }
}
