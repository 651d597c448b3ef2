package io.attache.app;

/** An error the user can fix; its message says what is wrong and what to do. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
