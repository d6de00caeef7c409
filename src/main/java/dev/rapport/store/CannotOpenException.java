package dev.rapport.store;

import java.nio.file.Path;

/**
 * The database file exists but could not be opened: it is damaged, or (when encrypted) the
 * password is wrong, which cannot be told apart from damage. The file was left untouched.
 */
public class CannotOpenException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Why the file could not be opened, as far as Rapport can tell. */
    public enum Reason {
        /** unreadable, truncated, or not a database */
        DAMAGED,
        /** encrypted: the password is wrong or the file is damaged */
        WRONG_PASSWORD_OR_DAMAGED,
        /** encrypted and no password was given */
        PASSWORD_REQUIRED,
        /** opening took too long; treated as damage rather than hanging */
        TIMED_OUT,
        /**
         * a file from outside that is not exactly Rapport's schema (another H2 database, a newer
         * Rapport's, or one holding views, code, links or settings Rapport does not create): never opened
         */
        NOT_RAPPORT,
        /** a file from outside that would unpack to more than Rapport accepts (a zip bomb, or no room) */
        TOO_LARGE,
        /** given as a backup, a data file written by export-db (for import-db): holds no database to restore */
        DATA_FILE,
        /** given as a backup, a zip that holds no Rapport database at all */
        NOT_A_BACKUP
    }

    private final Reason reason;

    public CannotOpenException(Path file, Reason reason, Throwable cause) {
        super("cannot open " + file + ": " + reason, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
