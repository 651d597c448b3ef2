package io.attache.ingest;

import java.io.IOException;

/** A response body that grew past the configured cap; thrown as soon as the cap is crossed. */
final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
        super("body larger than " + limit + " bytes");
    }
}
