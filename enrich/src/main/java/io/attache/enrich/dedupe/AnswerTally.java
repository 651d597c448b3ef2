package io.attache.enrich.dedupe;

/**
 * The band answers received so far for one pending article: the value of the pending-answers store.
 *
 * @param answers how many of the four bands have answered
 * @param closest the closest match among them
 */
public record AnswerTally(int answers, BandAnswer closest) {
    /** No answer yet. */
    public static AnswerTally none(String articleId, int revision) {
        return new AnswerTally(0, BandAnswer.none(articleId, revision));
    }

    public AnswerTally with(BandAnswer answer) {
        return new AnswerTally(answers + 1, closest.closer(answer));
    }

    /** True once every band has answered. */
    public boolean complete() {
        return answers >= FingerprintBands.BANDS;
    }
}
