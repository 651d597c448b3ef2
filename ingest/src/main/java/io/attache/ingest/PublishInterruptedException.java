package io.attache.ingest;

/** Ingest was stopped while waiting for Kafka to acknowledge; what was not acknowledged is fetched again later. */
final class PublishInterruptedException extends Exception {
    private static final long serialVersionUID = 1L;

    PublishInterruptedException(String message) {
        super(message);
    }
}
