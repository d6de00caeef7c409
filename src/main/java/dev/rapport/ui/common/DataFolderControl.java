package dev.rapport.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What only the app's launcher can do, because the data folder must be closed for it: replace
 * the database with a backup, or change its password. Either way the window closes and reopens
 * on the folder; on failure it reopens on the data as it was and reports the error.
 */
public interface DataFolderControl {
    /** For windows without a launcher behind them (tests that do not restart). */
    DataFolderControl UNAVAILABLE = new DataFolderControl() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean encrypted() {
            return false;
        }

        @Override
        public void restore(Path backup, Consumer<Throwable> onFailure) {
            onFailure.accept(new UnsupportedOperationException("no launcher"));
        }

        @Override
        public void changePassword(char[] current, char[] next, Consumer<Throwable> onFailure) {
            onFailure.accept(new UnsupportedOperationException("no launcher"));
        }
    };

    /** Whether this window can close and reopen its folder. */
    boolean available();

    /** Whether the database is encrypted now. */
    boolean encrypted();

    /** Restores the backup and reopens the window on it. */
    void restore(Path backup, Consumer<Throwable> onFailure);

    /**
     * Encrypts, re-encrypts or decrypts the database and reopens the window.
     *
     * @param current the current password, or null when the database is not encrypted
     * @param next    the new password, or null to remove encryption
     */
    void changePassword(char[] current, char[] next, Consumer<Throwable> onFailure);
}
