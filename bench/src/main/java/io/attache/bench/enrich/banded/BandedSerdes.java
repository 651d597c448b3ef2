package io.attache.bench.enrich.banded;

/** Serdes of the band design's own state stores and internal topics. */
public final class BandedSerdes {
    private static final BandMessageSerde BAND_MESSAGE = new BandMessageSerde();
    private static final BandAnswerSerde BAND_ANSWER = new BandAnswerSerde();
    private static final StoredFingerprintSerde STORED_FINGERPRINT = new StoredFingerprintSerde();
    private static final PendingArticleSerde PENDING_ARTICLE = new PendingArticleSerde();

    private BandedSerdes() {
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

    /** Binary, with the enriched record's bytes inside: every article is parked once. */
    public static PendingArticleSerde pendingArticle() {
        return PENDING_ARTICLE;
    }
}
