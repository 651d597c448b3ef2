package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTallyTest {
    /** Band 0's answer. */
    private static BandAnswer answer(String match, int distance, List<String> waitingOn) {
        return new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, 1, match, distance, false, waitingOn);
    }

    /** Band {@code band}'s answer: no match, nothing to wait for. */
    private static BandAnswer noMatch(int band) {
        return new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, 1 << band, "", -1, false, List.of());
    }

    private static BandAnswer outcome(BandAnswer.Kind kind, String of) {
        return BandAnswer.notice("x", 0, kind, of, 1, false);
    }

    /** Band 0's answer {@code first}, then the other three bands' answers, the last at wall-clock time 100. */
    private static AnswerTally afterFourAnswers(BandAnswer first) {
        AnswerTally tally = AnswerTally.none("x", 0).with(first, 100);
        for (int band = 1; band < FingerprintBands.BANDS; band++) {
            tally = tally.with(noMatch(band), 100);
        }
        return tally;
    }

    @Test
    void anAnswerForSeveralBandsCountsEachOfThem() {
        BandAnswer threeBands = noMatch(0).and(noMatch(1)).and(noMatch(2));
        assertThat(AnswerTally.none("x", 0).with(threeBands, 100).complete()).isFalse();
        assertThat(AnswerTally.none("x", 0).with(threeBands, 100).with(noMatch(3), 100).uniqueSince(100)).isTrue();
    }

    @Test
    void anAnswerDeliveredTwiceCountsItsBandsOnce() {
        AnswerTally twice = AnswerTally.none("x", 0).with(noMatch(0), 100).with(noMatch(0), 100).with(noMatch(1), 100)
                .with(noMatch(2), 100).with(noMatch(2), 100);
        assertThat(twice.complete()).isFalse();
        assertThat(twice.uniqueSince(1000)).isFalse();
    }

    @Test
    void aRepeatedAnswerAfterTheLastBandDoesNotRestartTheSettlingTime() {
        AnswerTally settled = afterFourAnswers(noMatch(0)).with(noMatch(2), 900);
        assertThat(settled.answeredAt()).isEqualTo(100);
        assertThat(settled.uniqueSince(100)).isTrue();
    }

    @Test
    void aRepeatedAnswerNamesAnArticleToWaitForOnce() {
        BandAnswer waitForOriginal = answer("", -1, List.of("original"));
        AnswerTally tally = afterFourAnswers(waitForOriginal).with(waitForOriginal, 150);
        assertThat(tally.waitingOn()).containsExactly("original");
        assertThat(tally.with(BandAnswer.notice("x", 0, BandAnswer.Kind.RELEASED, "original", 1, false), 200).uniqueSince(1000)).isTrue();
    }

    @Test
    void uniqueOnlyOnceEveryBandAnsweredAndTheSettlingTimePassed() {
        assertThat(AnswerTally.none("x", 0).with(noMatch(0), 100).uniqueSince(1000)).isFalse();
        assertThat(afterFourAnswers(noMatch(0)).uniqueSince(99)).isFalse();
        assertThat(afterFourAnswers(noMatch(0)).uniqueSince(100)).isTrue();
    }

    @Test
    void anEnrichedMatchMakesADuplicateAtOnce() {
        AnswerTally tally = afterFourAnswers(answer("original", 2, List.of()));
        assertThat(tally.duplicate()).isTrue();
        assertThat(tally.closest().matchId()).isEqualTo("original");
    }

    @Test
    void anArticleWaitingOnAPrecedingOneIsUndecidedUntilItsOutcome() {
        AnswerTally waiting = afterFourAnswers(answer("", -1, List.of("original")));
        assertThat(waiting.uniqueSince(1000)).isFalse();
        assertThat(waiting.duplicate()).isFalse();

        assertThat(waiting.with(outcome(BandAnswer.Kind.RELEASED, "original"), 200).uniqueSince(1000)).isTrue();
        assertThat(waiting.with(outcome(BandAnswer.Kind.ENRICHED, "original"), 200).duplicate()).isTrue();
    }

    @Test
    void aWaitNoticeFromALaterArrivalHoldsTheArticle() {
        AnswerTally told = afterFourAnswers(noMatch(0)).with(outcome(BandAnswer.Kind.WAIT, "original"), 150);
        assertThat(told.waitingOn()).containsExactly("original");
        assertThat(told.uniqueSince(1000)).isFalse();
    }

    @Test
    void anArticleStillWaitingLongAfterItsLastAnswerIsFlaggedForPublishing() {
        AnswerTally waiting = afterFourAnswers(answer("", -1, List.of("original")));
        assertThat(waiting.waitedSince(101)).isTrue();
        assertThat(waiting.waitedSince(100)).isFalse();
        assertThat(afterFourAnswers(noMatch(0)).waitedSince(101)).isFalse();
    }
}
