package io.attache.bench.enrich.banded;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes of the band design's own state stores and internal topics. */
public final class BandedSerdes {
    private static final Serde<BandMessage> BAND_MESSAGE = serde(new BandMessageSerde());
    private static final Serde<BandAnswer> BAND_ANSWER = serde(new BandAnswerSerde());
    private static final Serde<StoredFingerprint> STORED_FINGERPRINT = serde(new StoredFingerprintSerde());
    private static final Serde<PendingArticle> PENDING_ARTICLE = serde(new PendingArticleSerde());

    private BandedSerdes() {}

    /** Binary: two to four band messages are written per article. */
    public static Serde<BandMessage> bandMessage() {
        return BAND_MESSAGE;
    }

    /** Binary: about two answers are written per article. */
    public static Serde<BandAnswer> bandAnswer() {
        return BAND_ANSWER;
    }

    /** Binary: the band index writes one per article and partition on every reservation and outcome. */
    public static Serde<StoredFingerprint> storedFingerprint() {
        return STORED_FINGERPRINT;
    }

    /** Binary, with the enriched record's bytes inside: every article is parked once. */
    public static Serde<PendingArticle> pendingArticle() {
        return PENDING_ARTICLE;
    }

    private static <T> Serde<T> serde(BinarySerde<T> format) {
        return Serdes.serdeFrom((topic, value) -> format.toBytes(value), format::fromBytes);
    }
}
