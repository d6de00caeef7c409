package dev.rapport.store;

import java.nio.file.Path;

/** Another Rapport holds the data folder; opening it twice would corrupt nothing but confuse everyone. */
public class AlreadyOpenException extends StoreException {
    private static final long serialVersionUID = 1L;

    public AlreadyOpenException(Path dataDir) {
        super("Rapport is already open with " + dataDir, null);
    }
}
