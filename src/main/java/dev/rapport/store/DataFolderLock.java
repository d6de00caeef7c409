package dev.rapport.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Rapport per data folder. The operating system holds the lock and drops it when the
 * process dies, so a killed instance never leaves a stale lock behind.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = ".rapport.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws AlreadyOpenException when another Rapport (or this one) holds the folder
     */
    public static DataFolderLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyOpenException(dataDir);
            }
            if (databaseHeldByAnother(dataDir)) {
                lock.release();
                channel.close();
                throw new AlreadyOpenException(dataDir);
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            // a read-only folder (or a full disk) cannot take the lock file: say which
            throw StorageFaults.translate(new StoreException("cannot lock data folder " + dataDir, e), dataDir);
        }
    }

    /**
     * H2 locks the database file itself while it has it open. When someone deleted the lock file
     * under a running Rapport, that lock is what still says so: a restore, an import or a password
     * change must not swap the file under it.
     */
    private static boolean databaseHeldByAnother(Path dataDir) throws IOException {
        Path file = Database.file(dataDir);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel db = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = db.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            return false; // a read-only file or folder: the open that follows says so
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release data folder lock", e);
        }
    }
}
