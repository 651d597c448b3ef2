package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTallyTest {
    private static BandAnswer answer(String match, int distance, List<String> waitingOn) {
        return new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, match, distance, false, waitingOn);
    }

    private static BandAnswer outcome(BandAnswer.Kind kind, String of) {
        return new BandAnswer("x", 0, kind, of, 1, false, List.of());
    }

    /** Four answers, the last at wall-clock time 100. */
    private static AnswerTally afterFourAnswers(BandAnswer first) {
        AnswerTally tally = AnswerTally.none("x", 0).with(first, 100);
        for (int i = 1; i < FingerprintBands.BANDS; i++) {
            tally = tally.with(BandAnswer.none("x", 0), 100);
        }
        return tally;
    }

    @Test
    void uniqueOnlyOnceEveryBandAnsweredAndTheSettlingTimePassed() {
        assertThat(AnswerTally.none("x", 0).with(BandAnswer.none("x", 0), 100).uniqueSince(1000)).isFalse();
        assertThat(afterFourAnswers(BandAnswer.none("x", 0)).uniqueSince(99)).isFalse();
        assertThat(afterFourAnswers(BandAnswer.none("x", 0)).uniqueSince(100)).isTrue();
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
        AnswerTally told = afterFourAnswers(BandAnswer.none("x", 0)).with(outcome(BandAnswer.Kind.WAIT, "original"), 150);
        assertThat(told.waitingOn()).containsExactly("original");
        assertThat(told.uniqueSince(1000)).isFalse();
    }

    @Test
    void anArticleStillWaitingLongAfterItsLastAnswerIsFlaggedForPublishing() {
        AnswerTally waiting = afterFourAnswers(answer("", -1, List.of("original")));
        assertThat(waiting.waitedSince(101)).isTrue();
        assertThat(waiting.waitedSince(100)).isFalse();
        assertThat(afterFourAnswers(BandAnswer.none("x", 0)).waitedSince(101)).isFalse();
    }
}
