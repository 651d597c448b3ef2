package io.attache.enrich;

import io.attache.enrich.dedupe.CopyCandidateSerde;
import io.attache.enrich.dedupe.IndexEntry;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.model.JsonSerde;

/**
 * Serdes for enrichment's own records: its state stores and its internal topic. They are no contract with
 * other parts (those are in {@code RecordSerdes}); only enrichment reads them.
 */
public final class EnrichSerdes {
    private static final CopyCandidateSerde COPY_CANDIDATE = new CopyCandidateSerde();
    private static final JsonSerde<IndexEntry> INDEX_ENTRY = new JsonSerde<>(IndexEntry.class);
    private static final JsonSerde<LedgerEntry> LEDGER_ENTRY = new JsonSerde<>(LedgerEntry.class);

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
}
