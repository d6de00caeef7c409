package dev.rapport.store;

/** The row to change is gone (deleted meanwhile). */
public class NotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found", null);
    }
}
