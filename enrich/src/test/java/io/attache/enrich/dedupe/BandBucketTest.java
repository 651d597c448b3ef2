package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandBucketTest {
    /** Fingerprints that differ only in their top band, so band 0 is every pair's arbiter. */
    private static Fingerprint fp(String id, long topBits, String hash, long at) {
        return new Fingerprint(id, 0, topBits << 48, hash, at, at);
    }

    private static BandBucket enriched(Fingerprint... fingerprints) {
        BandBucket bucket = new BandBucket();
        for (Fingerprint f : fingerprints) {
            bucket.query(f, 0, 3, 0);
            bucket.decide(f, true, 0, 3, 0);
        }
        return bucket;
    }

    private static BandBucket pending(Fingerprint... fingerprints) {
        BandBucket bucket = new BandBucket();
        for (Fingerprint f : fingerprints) {
            bucket.query(f, 0, 3, 0);
        }
        return bucket;
    }

    @Test
    void closestEnrichedMatchWithinTheDistanceIsReported() {
        BandBucket bucket = enriched(fp("far", 0b1111, "h1", 10), fp("near", 0b1, "h2", 10));
        BandAnswer answer = bucket.query(fp("q", 0b0, "h3", 20), 0, 3, 0).answer();
        assertThat(answer.matchId()).isEqualTo("near");
        assertThat(answer.distance()).isEqualTo(1);
        assertThat(answer.sameContent()).isFalse();
        assertThat(answer.waitingOn()).isEmpty();
    }

    @Test
    void theArticleItselfAndExpiredEntriesAreNoMatch() {
        BandBucket bucket = enriched(fp("q", 0, "h", 10), fp("old", 0, "h", 5));
        assertThat(bucket.query(fp("q", 0, "h", 20), 0, 3, 8).answer().matched()).isFalse();
    }

    @Test
    void sameContentHashIsFlagged() {
        assertThat(enriched(fp("a", 7, "same", 10)).query(fp("b", 7, "same", 20), 0, 3, 0).answer().sameContent()).isTrue();
    }

    @Test
    void equallyCloseMatchesResolveToTheSmallestIdWhateverTheOrder() {
        assertThat(enriched(fp("b", 1, "x", 10), fp("a", 2, "y", 11)).query(fp("q", 0, "z", 20), 0, 3, 0).answer().matchId()).isEqualTo("a");
        assertThat(enriched(fp("a", 2, "y", 10), fp("b", 1, "x", 11)).query(fp("q", 0, "z", 20), 0, 3, 0).answer().matchId()).isEqualTo("a");
    }

    @Test
    void aQueryReservesTheArticleOnce() {
        BandBucket bucket = new BandBucket();
        assertThat(bucket.query(fp("a", 0, "h", 10), 0, 3, 0).written()).extracting(BandEntry::enriched).containsExactly(false);
        assertThat(bucket.query(fp("a", 0, "h", 10), 0, 3, 0).written()).isEmpty();
        assertThat(bucket.entries()).hasSize(1);
    }

    @Test
    void copyQueryingWhileTheOriginalIsPendingWaitsForIt() {
        BandAnswer copy = pending(fp("original", 0, "h1", 10)).query(fp("copy", 1, "h2", 11), 0, 3, 0).answer();
        assertThat(copy.matched()).isFalse();
        assertThat(copy.waitingOn()).containsExactly("original");
    }

    @Test
    void originalReachingEnrichedTellsTheCopyItIsADuplicateAndIsWrittenAsEnriched() {
        Fingerprint original = fp("original", 0, "h1", 10);
        BandBucket.Outcome outcome = pending(original, fp("copy", 1, "h2", 11)).decide(original, true, 0, 3, 0);
        assertThat(outcome.notices()).extracting(BandAnswer::articleId, BandAnswer::kind, BandAnswer::matchId, BandAnswer::distance)
                .containsExactly(tuple("copy", BandAnswer.Kind.ENRICHED, "original", 1));
        assertThat(outcome.written()).containsExactly(new BandEntry(original, true));
        assertThat(outcome.removed()).isEmpty();
    }

    @Test
    void originalDroppedReleasesTheCopyAndLeavesTheBucket() {
        Fingerprint original = fp("original", 0, "h1", 10);
        BandBucket both = pending(original, fp("copy", 1, "h2", 11));
        BandBucket.Outcome outcome = both.decide(original, false, 0, 3, 0);
        assertThat(outcome.notices()).extracting(BandAnswer::kind).containsExactly(BandAnswer.Kind.RELEASED);
        assertThat(outcome.removed()).containsExactly(new BandEntry(original, false));
        assertThat(both.entries()).extracting(e -> e.fingerprint().articleId()).containsExactly("copy");
    }

    @Test
    void anOriginalArrivingAfterItsCopyTellsTheCopyToWait() {
        Fingerprint copy = fp("copy", 1, "h2", 20);
        Fingerprint original = fp("original", 0, "h1", 10);
        BandBucket bucket = pending(copy);
        BandBucket.Query query = bucket.query(original, 0, 3, 0);
        assertThat(query.answer().waitingOn()).isEmpty();
        assertThat(query.notices()).extracting(BandAnswer::articleId, BandAnswer::kind, BandAnswer::matchId)
                .containsExactly(tuple("copy", BandAnswer.Kind.WAIT, "original"));
        assertThat(bucket.decide(original, true, 0, 3, 0).notices()).extracting(BandAnswer::articleId).containsExactly("copy");
    }

    @Test
    void anAlreadyEnrichedArticleWinsOverAnEarlierPublishedArrival() {
        BandAnswer answer = enriched(fp("copy", 1, "h2", 20)).query(fp("original", 0, "h1", 10), 0, 3, 0).answer();
        assertThat(answer.matchId()).isEqualTo("copy");
    }

    @Test
    void onlyThePairsLowestSharedBandRelatesThem() {
        Fingerprint a = new Fingerprint("a", 0, 0x0000_0000_0000_0000L, "x", 10, 10);
        Fingerprint b = new Fingerprint("b", 0, 0x0000_0000_0000_0001L, "y", 10, 10);
        assertThat(BandBucket.arbiter(a, b, 1)).isTrue();
        assertThat(BandBucket.arbiter(a, b, 2)).isFalse();
        assertThat(BandBucket.arbiter(a, b, 0)).isFalse();
    }

    @Test
    void enrichedRevisionReplacesTheIdsOlderFingerprint() {
        BandBucket bucket = enriched(fp("a", 1, "x", 10), fp("other", 2, "y", 1));
        Fingerprint revision = new Fingerprint("a", 1, 3L << 48, "x2", 20, 20);
        bucket.query(revision, 0, 3, 5);
        BandBucket.Outcome outcome = bucket.decide(revision, true, 0, 3, 5);
        assertThat(outcome.removed()).extracting(e -> e.fingerprint().revision()).containsExactly(0);
        assertThat(bucket.entries()).extracting(e -> e.fingerprint().articleId() + "/" + e.fingerprint().revision())
                .containsExactly("other/0", "a/1");
    }

    @Test
    void purgeRemovesAndReturnsTheExpiredEntries() {
        BandBucket bucket = enriched(fp("old", 1, "x", 1), fp("new", 2, "y", 20));
        assertThat(bucket.purge(10)).extracting(e -> e.fingerprint().articleId()).containsExactly("old");
        assertThat(bucket.entries()).extracting(e -> e.fingerprint().articleId()).containsExactly("new");
        assertThat(bucket.purge(30)).hasSize(1);
        assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void aBucketGrowsBeyondItsFirstCapacityKeepingEveryEntry() {
        BandBucket bucket = new BandBucket();
        for (int i = 0; i < 100; i++) {
            bucket.query(fp("a" + i, i % 7, "h" + i, 10 + i), 0, 3, 0);
        }
        assertThat(bucket.size()).isEqualTo(100);
        assertThat(BandBucket.of(bucket.entries()).entries()).isEqualTo(bucket.entries());
        assertThat(bucket.entries()).extracting(e -> e.fingerprint().articleId()).startsWith("a0", "a1").endsWith("a99");
        assertThat(List.copyOf(bucket.entries())).doesNotContainNull();
    }
}
