package dev.rapport.store;

/** The data could not be read or written; the message is for the log, not the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
