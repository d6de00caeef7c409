package dev.rapport.cli;

import dev.rapport.i18n.Messages;

/** Opens the data folder named on the command line; the root command provides it. */
public interface SessionOpener {
    /**
     * @throws dev.rapport.store.AlreadyOpenException when another Rapport has the folder open
     */
    Session open();

    /** The user's words, available even when the folder cannot be opened. */
    Messages messages();

    /** The data folder named on the command line. */
    java.nio.file.Path dataDir();

    /** The password from --password-file or $RAPPORT_PASSWORD_FILE, if one was given. */
    java.util.Optional<char[]> password();

    /** Restore and import, for the folder while it is closed. */
    dev.rapport.service.RestoreService closedFolder();
}
