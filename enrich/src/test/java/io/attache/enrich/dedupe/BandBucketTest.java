package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandBucketTest {
    private static Fingerprint fp(String id, long simhash, String hash, long at) {
        return new Fingerprint(id, 0, simhash, hash, at);
    }

    @Test
    void closestMatchWithinTheDistanceIsReported() {
        BandBucket bucket = new BandBucket(List.of(fp("far", 0b1111, "h1", 10), fp("near", 0b1, "h2", 10)));
        BandAnswer answer = bucket.closest(fp("q", 0b0, "h3", 20), 3, 0);
        assertThat(answer.matchId()).isEqualTo("near");
        assertThat(answer.distance()).isEqualTo(1);
        assertThat(answer.sameContent()).isFalse();
    }

    @Test
    void theArticleItselfAndExpiredEntriesAreNoMatch() {
        BandBucket bucket = new BandBucket(List.of(fp("q", 0, "h", 10), fp("old", 0, "h", 5)));
        assertThat(bucket.closest(fp("q", 0, "h", 20), 3, 8).matched()).isFalse();
    }

    @Test
    void sameContentHashIsFlagged() {
        BandBucket bucket = new BandBucket(List.of(fp("a", 7, "same", 10)));
        assertThat(bucket.closest(fp("b", 7, "same", 20), 3, 0).sameContent()).isTrue();
    }

    @Test
    void equallyCloseMatchesResolveToTheSmallestIdWhateverTheOrder() {
        BandBucket one = new BandBucket(List.of(fp("b", 1, "x", 10), fp("a", 2, "y", 11)));
        BandBucket two = new BandBucket(List.of(fp("a", 2, "y", 10), fp("b", 1, "x", 11)));
        assertThat(one.closest(fp("q", 0, "z", 20), 3, 0).matchId()).isEqualTo("a");
        assertThat(two.closest(fp("q", 0, "z", 20), 3, 0).matchId()).isEqualTo("a");
    }

    @Test
    void registeringReplacesTheArticlesOlderFingerprintAndDropsExpiredOnes() {
        BandBucket bucket = new BandBucket(List.of(fp("a", 1, "x", 10), fp("old", 2, "y", 1)))
                .with(fp("a", 3, "x2", 20), 5);
        assertThat(bucket.entries()).extracting(Fingerprint::articleId, Fingerprint::simhash).containsExactly(org.assertj.core.groups.Tuple.tuple("a", 3L));
        assertThat(bucket.unexpired(25)).isNull();
    }
}
