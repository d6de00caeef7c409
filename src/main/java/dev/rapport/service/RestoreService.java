package dev.rapport.service;

import dev.rapport.store.BackupArchive;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.FileEncryption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What is done to a data folder while it is closed: restoring a backup, and changing the
 * database's password. The window closes the folder, runs one of these, and opens it again.
 */
public final class RestoreService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDir;
    private final MachinePreferencesService settings;
    private final Clock clock;

    public RestoreService(Path dataDir, MachinePreferencesService settings, Clock clock) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Replaces the database with the backup's, keeping the current one as a backup first.
     *
     * @param key the key that opens the backup (the current one, or see {@link #keyFor})
     * @return the backup made of the database that was replaced, if there was one
     * @throws SafetyException when the backup cannot be opened; nothing was changed then
     */
    public Optional<Backup> restore(Path backup, DatabaseKey key) {
        Path folder = BackupService.folder(dataDir, settings);
        Path keptAs = folder.resolve(BackupService.BEFORE_RESTORE + LocalDateTime.now(clock).format(STAMP) + ".zip");
        try {
            return BackupArchive.restore(dataDir, backup, key, folder, keptAs, clock).map(BackupService::of);
        } catch (RuntimeException e) {
            throw SafetyException.of(e, "safety.error.restore");
        }
    }

    /**
     * Restores with a password (null: the backup is not encrypted), for the command line.
     */
    public Optional<Backup> restore(Path backup, char[] password) {
        DatabaseKey key = password == null ? DatabaseKey.NONE : keyFor(backup, password);
        return restore(backup, key);
    }

    /**
     * Builds the folder's database from a portable data file ({@link BackupService#exportData}).
     * Nothing in the file is executed; a failed import leaves the folder without a database.
     *
     * @param password null for an unencrypted database
     * @return accounts and contacts imported
     * @throws SafetyException "safety.error.notEmpty" when the folder already has a database, or
     *                         the reason the file was refused
     */
    public dev.rapport.domain.DataCounts importData(Path file, char[] password) {
        if (java.nio.file.Files.exists(dev.rapport.store.Database.file(dataDir))) {
            throw new SafetyException("safety.error.notEmpty", null);
        }
        DatabaseKey key = password == null ? DatabaseKey.NONE : keyFromPassword(password);
        try (dev.rapport.store.Database db = dev.rapport.store.Database.importData(dataDir, file, key)) {
            return db.counts();
        } catch (dev.rapport.store.PortableData.Refused e) {
            if (e.reason() == dev.rapport.store.PortableData.Refused.Reason.DAMAGED && e.table() != null) {
                // say where, so the user (or whoever sent the file) can look at it
                throw e.line() > 0 ? new SafetyException("safety.error.notDataFileAt", e, e.table(), e.line())
                        : new SafetyException("safety.error.notDataFileIn", e, e.table());
            }
            throw new SafetyException(switch (e.reason()) {
                case SQL_SCRIPT -> "safety.error.sqlScript";
                case BACKUP -> "safety.error.backupNotDataFile";
                case DATABASE -> "safety.error.databaseNotDataFile";
                case NEWER -> "safety.error.newerDataFile";
                case DAMAGED -> "safety.error.notDataFile";
            }, e);
        } catch (IllegalStateException e) {
            throw new SafetyException("safety.error.notEmpty", e);
        } catch (RuntimeException e) {
            throw SafetyException.of(e, "safety.error.import");
        }
    }

    /**
     * The newest backup that opened when it was made, for a damaged database: not the copy of a
     * damaged file kept before an earlier restore.
     */
    public Optional<Backup> newestBackup() {
        return BackupService.list(BackupService.folder(dataDir, settings)).stream().filter(Backup::countsKnown)
                .findFirst();
    }

    /** The key for a backup: derived with the salt recorded in it; NONE when it is not encrypted. */
    public static DatabaseKey keyFor(Path backup, char[] password) {
        return BackupArchive.keyFor(backup, password);
    }

    /**
     * Changes the database's password (NONE turns encryption on or off).
     *
     * @throws SafetyException with "safety.error.wrongPassword" when the current key does not open it
     */
    public void changePassword(DatabaseKey current, DatabaseKey next) {
        try {
            FileEncryption.change(dataDir, current, next);
        } catch (RuntimeException e) {
            throw SafetyException.of(e, "safety.error.password");
        }
    }

    /** The key derived from a password with this folder's salt (made on first use). */
    public DatabaseKey keyFromPassword(char[] password) {
        return DatabaseKey.fromPassword(dataDir, password);
    }
}
