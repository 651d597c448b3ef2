package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTallyTest {
    private static BandAnswer answer(String match, int distance, List<String> waitingOn) {
        return new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, 1, match, distance, false, waitingOn);
    }

    /** One band's answer: no match, nothing to wait for. */
    private static BandAnswer noMatch() {
        return answer("", -1, List.of());
    }

    private static BandAnswer outcome(BandAnswer.Kind kind, String of) {
        return BandAnswer.notice("x", 0, kind, of, 1, false);
    }

    /** Four answers, the last at wall-clock time 100. */
    private static AnswerTally afterFourAnswers(BandAnswer first) {
        AnswerTally tally = AnswerTally.none("x", 0).with(first, 100);
        for (int i = 1; i < FingerprintBands.BANDS; i++) {
            tally = tally.with(noMatch(), 100);
        }
        return tally;
    }

    @Test
    void anAnswerForSeveralBandsCountsEachOfThem() {
        BandAnswer threeBands = noMatch().and(noMatch()).and(noMatch());
        assertThat(AnswerTally.none("x", 0).with(threeBands, 100).answers()).isEqualTo(3);
        assertThat(AnswerTally.none("x", 0).with(threeBands, 100).with(noMatch(), 100).uniqueSince(100)).isTrue();
    }

    @Test
    void uniqueOnlyOnceEveryBandAnsweredAndTheSettlingTimePassed() {
        assertThat(AnswerTally.none("x", 0).with(noMatch(), 100).uniqueSince(1000)).isFalse();
        assertThat(afterFourAnswers(noMatch()).uniqueSince(99)).isFalse();
        assertThat(afterFourAnswers(noMatch()).uniqueSince(100)).isTrue();
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
        AnswerTally told = afterFourAnswers(noMatch()).with(outcome(BandAnswer.Kind.WAIT, "original"), 150);
        assertThat(told.waitingOn()).containsExactly("original");
        assertThat(told.uniqueSince(1000)).isFalse();
    }

    @Test
    void anArticleStillWaitingLongAfterItsLastAnswerIsFlaggedForPublishing() {
        AnswerTally waiting = afterFourAnswers(answer("", -1, List.of("original")));
        assertThat(waiting.waitedSince(101)).isTrue();
        assertThat(waiting.waitedSince(100)).isFalse();
        assertThat(afterFourAnswers(noMatch()).waitedSince(101)).isFalse();
    }
}
