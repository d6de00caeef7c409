package dev.rapport.store;

import dev.rapport.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns encryption of a closed folder's database on, changes its password, or turns it off.
 * The file is re-encrypted as a copy in a staging folder, the copy is opened with the new key
 * to prove it works, and only then does one atomic rename put it in place of the old file. A
 * process killed at any moment leaves a database that opens with the old password or the new.
 * The folder's salt never changes, so no second file has to be swapped with the database.
 */
public final class FileEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(FileEncryption.class);
    static final String STAGING = ".rekey";

    private FileEncryption() {
    }

    /**
     * @param current the key the file opens with now ({@link DatabaseKey#NONE} when plain)
     * @param next    the key it shall open with ({@link DatabaseKey#NONE} to decrypt it)
     * @throws CannotOpenException  when the current key does not open the file (nothing changed)
     * @throws AlreadyOpenException when the folder is open
     */
    public static void change(Path dataDir, DatabaseKey current, DatabaseKey next) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            Path file = Database.file(dataDir);
            FileProbe.open(Database.stem(dataDir), current, FileProbe.DEFAULT_TIMEOUT);
            Path staging = dataDir.resolve(STAGING);
            BackupArchive.deleteTree(staging);
            try {
                Files.createDirectories(staging);
                Path copy = Database.file(staging);
                Files.copy(file, copy);
                boolean encrypted = FileProbe.isEncrypted(file);
                ChangeFileEncryption.execute(staging.toString(), Database.FILE_STEM, "AES",
                        encrypted ? current.filePassword() : null, next.filePassword(), true);
                FileProbe.open(Database.stem(staging), next, FileProbe.DEFAULT_TIMEOUT);
                AtomicFile.force(copy);
                Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                AtomicFile.forceFolder(dataDir);
                LOG.info("database encryption changed: now {}", next.encrypts() ? "encrypted" : "plain");
            } catch (IOException | SQLException e) {
                throw StorageFaults.translate(new StoreException("re-encryption failed", e), dataDir);
            } finally {
                BackupArchive.deleteTree(staging);
            }
        }
    }
}
