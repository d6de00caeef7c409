package dev.rapport.store;

/**
 * A write failed because the disk is full or the data folder is read-only. What was being
 * written was not saved; what was saved before is intact.
 */
public class StorageFullException extends StoreException implements dev.rapport.domain.KnownProblem {
    private static final long serialVersionUID = 1L;

    public StorageFullException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String messageKey() {
        return "safety.error.diskFull";
    }
}
