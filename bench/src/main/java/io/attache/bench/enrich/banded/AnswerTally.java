package io.attache.bench.enrich.banded;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pending article has heard from the band index so far, held in memory by {@code AnswerGatherer}.
 *
 * @param bands     which of its four bands have answered its query, one bit per band
 * @param closest   the closest enriched match heard of (from an answer or an ENRICHED outcome)
 * @param waitingOn pending articles that came first and whose outcome it still awaits
 * @param answeredAt wall-clock time (ms) when the last band answered, 0 before
 */
public record AnswerTally(int bands, BandAnswer closest, List<String> waitingOn, long answeredAt) {
    public AnswerTally {
        waitingOn = waitingOn == null ? List.of() : List.copyOf(waitingOn);
    }

    /** Nothing heard yet. */
    public static AnswerTally none(String articleId, int revision) {
        return new AnswerTally(0, BandAnswer.none(articleId, revision), List.of(), 0);
    }

    /** This tally with one more message taken into account, received at wall-clock time {@code now} (ms). */
    public AnswerTally with(BandAnswer message, long now) {
        List<String> waiting = new ArrayList<>(waitingOn);
        switch (message.kind()) {
            case ANSWER -> {
                message.waitingOn().stream().filter(id -> !waiting.contains(id)).forEach(waiting::add);
                int answered = bands | message.bands();
                // The settling time runs from the last band's first answer; a repeated answer does not restart it.
                long at = answered != FingerprintBands.ALL_BANDS ? 0 : complete() ? answeredAt : now;
                return new AnswerTally(answered, closest.closer(message), waiting, at);
            }
            case WAIT -> {
                if (!waiting.contains(message.matchId())) {
                    waiting.add(message.matchId());
                }
                return new AnswerTally(bands, closest, waiting, answeredAt);
            }
            case ENRICHED -> {
                waiting.remove(message.matchId());
                return new AnswerTally(bands, closest.closer(message), waiting, answeredAt);
            }
            case RELEASED -> {
                waiting.remove(message.matchId());
                return new AnswerTally(bands, closest, waiting, answeredAt);
            }
            default -> throw new IllegalStateException("unknown band message " + message.kind());
        }
    }

    /** True once every band has answered. */
    public boolean complete() {
        return bands == FingerprintBands.ALL_BANDS;
    }

    /** True once an enriched match is known and every band answered: it is a duplicate, nothing can change that. */
    public boolean duplicate() {
        return complete() && closest.matched();
    }

    /**
     * True when every band answered at or before {@code cutoff} (ms) and nothing is awaited: it is unique. The
     * settling time lets an article that precedes it, reaching a band a moment later, still tell it to wait.
     */
    public boolean uniqueSince(long cutoff) {
        return complete() && !closest.matched() && waitingOn.isEmpty() && answeredAt <= cutoff;
    }

    /**
     * True when every band answered before {@code cutoff} (ms) and the article still waits: a wait that long
     * means a message was lost or the articles it waits on are stuck, so it is published rather than held forever.
     */
    public boolean waitedSince(long cutoff) {
        return complete() && !closest.matched() && !waitingOn.isEmpty() && answeredAt < cutoff;
    }
}
