package io.attache.enrich;

import io.attache.enrich.dedupe.BandAnswer;
import io.attache.enrich.dedupe.StoredFingerprintSerde;
import io.attache.enrich.dedupe.BandMessage;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.dedupe.PendingArticleSerde;
import io.attache.model.JsonSerde;

/**
 * Serdes for enrichment's own records: its state stores and its internal topics. They are no contract with
 * other parts (those are in {@code RecordSerdes}); only enrichment reads them.
 */
public final class EnrichSerdes {
    private static final JsonSerde<BandMessage> BAND_MESSAGE = new JsonSerde<>(BandMessage.class);
    private static final JsonSerde<BandAnswer> BAND_ANSWER = new JsonSerde<>(BandAnswer.class);
    private static final StoredFingerprintSerde STORED_FINGERPRINT = new StoredFingerprintSerde();
    private static final JsonSerde<LedgerEntry> LEDGER_ENTRY = new JsonSerde<>(LedgerEntry.class);
    private static final PendingArticleSerde PENDING_ARTICLE = new PendingArticleSerde();

    private EnrichSerdes() {
    }

    public static JsonSerde<BandMessage> bandMessage() {
        return BAND_MESSAGE;
    }

    public static JsonSerde<BandAnswer> bandAnswer() {
        return BAND_ANSWER;
    }

    /** Binary: the band index writes one per article and partition on every reservation and outcome. */
    public static StoredFingerprintSerde storedFingerprint() {
        return STORED_FINGERPRINT;
    }

    public static JsonSerde<LedgerEntry> ledgerEntry() {
        return LEDGER_ENTRY;
    }

    /** Binary, with the enriched record's bytes inside: every article is parked once. */
    public static PendingArticleSerde pendingArticle() {
        return PENDING_ARTICLE;
    }
}
