package io.attache.enrich;

import io.attache.enrich.dedupe.BandAnswerSerde;
import io.attache.enrich.dedupe.BandMessageSerde;
import io.attache.enrich.dedupe.StoredFingerprintSerde;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.dedupe.PendingArticleSerde;
import io.attache.model.JsonSerde;

/**
 * Serdes for enrichment's own records: its state stores and its internal topics. They are no contract with
 * other parts (those are in {@code RecordSerdes}); only enrichment reads them.
 */
public final class EnrichSerdes {
    private static final BandMessageSerde BAND_MESSAGE = new BandMessageSerde();
    private static final BandAnswerSerde BAND_ANSWER = new BandAnswerSerde();
    private static final StoredFingerprintSerde STORED_FINGERPRINT = new StoredFingerprintSerde();
    private static final JsonSerde<LedgerEntry> LEDGER_ENTRY = new JsonSerde<>(LedgerEntry.class);
    private static final PendingArticleSerde PENDING_ARTICLE = new PendingArticleSerde();

    private EnrichSerdes() {
    }

    /** Binary: two to four band messages are written per article. */
    public static BandMessageSerde bandMessage() {
        return BAND_MESSAGE;
    }

    /** Binary: about two answers are written per article. */
    public static BandAnswerSerde bandAnswer() {
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
