package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTallyTest {
    private static BandAnswer answer(String match, int distance, List<String> waitingOn) {
        return new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, match, distance, false, waitingOn);
    }

    private static AnswerTally afterFourAnswers(BandAnswer first) {
        AnswerTally tally = AnswerTally.none("x", 0).with(first);
        for (int i = 1; i < FingerprintBands.BANDS; i++) {
            tally = tally.with(BandAnswer.none("x", 0));
        }
        return tally;
    }

    @Test
    void undecidedUntilEveryBandAnswered() {
        assertThat(AnswerTally.none("x", 0).with(BandAnswer.none("x", 0)).decided()).isFalse();
        assertThat(afterFourAnswers(BandAnswer.none("x", 0)).decided()).isTrue();
    }

    @Test
    void anArticleWaitingOnAPendingOneIsUndecidedUntilItsOutcome() {
        AnswerTally waiting = afterFourAnswers(answer("", -1, List.of("original")));
        assertThat(waiting.decided()).isFalse();

        AnswerTally released = waiting.with(new BandAnswer("x", 0, BandAnswer.Kind.RELEASED, "original", 1, false, List.of()));
        assertThat(released.decided()).isTrue();
        assertThat(released.closest().matched()).isFalse();

        AnswerTally duplicate = waiting.with(new BandAnswer("x", 0, BandAnswer.Kind.ENRICHED, "original", 1, false, List.of()));
        assertThat(duplicate.decided()).isTrue();
        assertThat(duplicate.closest().matchId()).isEqualTo("original");
    }

    @Test
    void anEnrichedMatchDecidesEvenWhileStillWaiting() {
        AnswerTally tally = AnswerTally.none("x", 0).with(answer("", -1, List.of("pending")));
        for (int i = 1; i < FingerprintBands.BANDS; i++) {
            tally = tally.with(i == 1 ? answer("enriched", 2, List.of()) : BandAnswer.none("x", 0));
        }
        assertThat(tally.decided()).isTrue();
        assertThat(tally.closest().matchId()).isEqualTo("enriched");
    }
}
