package io.attache.enrich;

import io.attache.enrich.dedupe.CopyCandidateSerde;
import io.attache.enrich.dedupe.IndexEntry;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.story.StoryLink;
import io.attache.enrich.story.StoryStateSerde;
import io.attache.model.JsonSerde;

/**
 * Serdes for enrichment's own records: its state stores and its internal topic. They are no contract with
 * other parts (those are in {@code RecordSerdes}); only enrichment reads them.
 */
public final class EnrichSerdes {
    private static final CopyCandidateSerde COPY_CANDIDATE = new CopyCandidateSerde();
    private static final JsonSerde<IndexEntry> INDEX_ENTRY = new JsonSerde<>(IndexEntry.class);
    private static final JsonSerde<LedgerEntry> LEDGER_ENTRY = new JsonSerde<>(LedgerEntry.class);
    private static final StoryStateSerde STORY_STATE = new StoryStateSerde();
    private static final JsonSerde<StoryLink> STORY_LINK = new JsonSerde<>(StoryLink.class);

    private EnrichSerdes() {}

    /** Binary, with the enriched record's bytes inside: every article is written to the copy-check topic once. */
    public static CopyCandidateSerde copyCandidate() {
        return COPY_CANDIDATE;
    }

    public static JsonSerde<IndexEntry> indexEntry() {
        return INDEX_ENTRY;
    }

    public static JsonSerde<LedgerEntry> ledgerEntry() {
        return LEDGER_ENTRY;
    }

    /** Binary, with the story record's JSON inside: a story's profile is written again at every report. */
    public static StoryStateSerde storyState() {
        return STORY_STATE;
    }

    public static JsonSerde<StoryLink> storyLink() {
        return STORY_LINK;
    }
}
