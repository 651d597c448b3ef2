package io.attache.enrich.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pending article has heard from the band index so far: the value of the pending-answers store.
 *
 * @param answers   how many of the four bands have answered its query
 * @param closest   the closest enriched match heard of (from an answer or an ENRICHED outcome)
 * @param waitingOn pending articles that came first and whose outcome it still awaits
 */
public record AnswerTally(int answers, BandAnswer closest, List<String> waitingOn) {
    public AnswerTally {
        waitingOn = waitingOn == null ? List.of() : List.copyOf(waitingOn);
    }

    /** Nothing heard yet. */
    public static AnswerTally none(String articleId, int revision) {
        return new AnswerTally(0, BandAnswer.none(articleId, revision), List.of());
    }

    /** This tally with one more message taken into account. */
    public AnswerTally with(BandAnswer message) {
        List<String> waiting = new ArrayList<>(waitingOn);
        switch (message.kind()) {
            case ANSWER -> {
                waiting.addAll(message.waitingOn());
                return new AnswerTally(answers + 1, closest.closer(message), waiting);
            }
            case ENRICHED -> {
                waiting.remove(message.matchId());
                return new AnswerTally(answers, closest.closer(message), waiting);
            }
            case RELEASED -> {
                waiting.remove(message.matchId());
                return new AnswerTally(answers, closest, waiting);
            }
            default -> throw new IllegalStateException("unknown band message " + message.kind());
        }
    }

    /** True once the article can be decided: every band answered, and either a match is known or nothing is awaited. */
    public boolean decided() {
        return answers >= FingerprintBands.BANDS && (closest.matched() || waitingOn.isEmpty());
    }
}
