package io.attache.ingest;

/** A body that could not be read as a feed, with the outcome class it counts as. */
final class FeedParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final FetchOutcome outcome;

    FeedParseException(FetchOutcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    FetchOutcome outcome() {
        return outcome;
    }
}
