package dev.rapport.store;

import dev.rapport.domain.DataCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup is a zip holding the database file as it was (still encrypted when the database
 * is) and {@value #INFO_ENTRY}: when it was made, what it holds, and the salt needed to derive
 * its key. Every backup is written under a temporary name, opened read-only to prove it can be
 * restored, and only then renamed to its final name.
 */
public final class BackupArchive {
    private static final Logger LOG = LoggerFactory.getLogger(BackupArchive.class);
    static final String DB_ENTRY = Database.FILE_STEM + Database.FILE_SUFFIX;
    static final String INFO_ENTRY = "rapport-backup.properties";

    private BackupArchive() {
    }

    /** What a backup holds, read from its own record. */
    public record Info(Path file, Instant created, long size, int accounts, int contacts, boolean encrypted,
            String kind) {
    }

    /**
     * Backs the open database up to the target zip, verifies the copy and records what it holds.
     *
     * @throws StoreException when the copy cannot be written or does not open
     */
    public static Info write(Database db, Path target, DatabaseKey key, String kind, Clock clock) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            db.backupTo(tmp);
            return finish(tmp, target, db.dataDir(), key, kind, clock);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Zips a closed folder's database file as it lies on disk, for the copy kept before a restore
     * or a password change. The file's counts are recorded when it can be opened, else left at -1.
     */
    static Optional<Info> writeClosed(Path dataDir, Path target, DatabaseKey key, String kind, Clock clock) {
        Path dbFile = Database.file(dataDir);
        if (!Files.exists(dbFile)) {
            return Optional.empty();
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                zip.putNextEntry(new ZipEntry(DB_ENTRY));
                Files.copy(dbFile, zip);
                zip.closeEntry();
            }
            DataCounts counts;
            try {
                counts = verify(tmp, key);
            } catch (CannotOpenException e) {
                counts = DataCounts.UNKNOWN; // a damaged file is kept all the same
            }
            addInfo(tmp, dataDir, counts, FileProbe.isEncrypted(dbFile), kind, clock);
            force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            ForcedFiles.forceFolder(target.toAbsolutePath().getParent());
            return read(target);
        } catch (IOException e) {
            throw new StoreException("backup failed: " + target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    static Info finish(Path tmp, Path target, Path dataDir, DatabaseKey key, String kind, Clock clock) {
        try {
            DataCounts counts = verify(tmp, key);
            boolean encrypted;
            try (ZipFile z = new ZipFile(tmp.toFile())) {
                try (InputStream in = z.getInputStream(z.getEntry(DB_ENTRY))) {
                    encrypted = "H2encrypt".equals(new String(in.readNBytes(9), StandardCharsets.ISO_8859_1));
                }
            }
            addInfo(tmp, dataDir, counts, encrypted, kind, clock);
            force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            ForcedFiles.forceFolder(target.toAbsolutePath().getParent());
            LOG.info("backup verified: {} ({} accounts, {} contacts)", target.getFileName(), counts.accounts(),
                    counts.contacts());
            return read(target).orElseThrow();
        } catch (IOException e) {
            throw StorageFaults.translate(new StoreException("backup failed: " + target, e));
        }
    }

    /**
     * Opens the database inside a backup read-only, from a temporary folder, and counts its rows.
     *
     * @throws CannotOpenException when it cannot be opened with the key
     */
    static DataCounts verify(Path zip, DatabaseKey key) {
        Path dir = null;
        try {
            // beside the backup, not in the system's temp folder: a copy left by a crash stays with its kind
            dir = Files.createTempDirectory(zip.toAbsolutePath().getParent(), ".verify-");
            extractDatabase(zip, Database.file(dir));
            return FileProbe.open(Database.stem(dir), key, FileProbe.DEFAULT_TIMEOUT);
        } catch (IOException e) {
            throw new CannotOpenException(zip, CannotOpenException.Reason.DAMAGED, e);
        } finally {
            deleteTree(dir);
        }
    }

    /** Reads a backup's record; empty when the zip is not a Rapport backup. */
    public static Optional<Info> read(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(INFO_ENTRY);
            if (entry == null || z.getEntry(DB_ENTRY) == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader r = new java.io.InputStreamReader(z.getInputStream(entry), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return Optional.of(new Info(zip, Instant.parse(p.getProperty("created")), Files.size(zip),
                    Integer.parseInt(p.getProperty("accounts", "-1")), Integer.parseInt(p.getProperty("contacts", "-1")),
                    Boolean.parseBoolean(p.getProperty("encrypted")), p.getProperty("kind", "")));
        } catch (IOException | RuntimeException e) {
            LOG.warn("not a readable backup: {}", zip.getFileName(), e);
            return Optional.empty();
        }
    }

    /**
     * Replaces a closed folder's database with the one in the backup. The backup is verified
     * first, and the current file is kept as a "before-restore" backup in the backup folder.
     * The swap is one atomic rename: a crash leaves either the old or the restored database.
     *
     * @return the backup kept of the replaced database, if there was one
     * @throws CannotOpenException when the backup cannot be opened with the key
     * @throws AlreadyOpenException when the folder is open
     */
    public static Optional<Info> restore(Path dataDir, Path zip, DatabaseKey key, Path backupFolder, Path keptAs,
            Clock clock) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            Path saltInBackup = readSalt(zip);
            verify(zip, key);
            Optional<Info> kept = writeClosed(dataDir, keptAs, key, "before-restore", clock);
            Path incoming = dataDir.resolve(DB_ENTRY + ".restoring");
            try {
                extractDatabase(zip, incoming);
                force(incoming);
                Files.move(incoming, Database.file(dataDir), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                if (saltInBackup != null) {
                    // the same as the folder's unless the backup came from another folder
                    force(saltInBackup);
                    Files.move(saltInBackup, dataDir.resolve(DatabaseKey.SALT_FILE), StandardCopyOption.REPLACE_EXISTING);
                }
                ForcedFiles.forceFolder(dataDir); // "restored" holds after a power cut too
            } catch (IOException e) {
                throw StorageFaults.translate(new StoreException("restore failed: " + zip, e));
            } finally {
                deleteQuietly(incoming);
                if (saltInBackup != null) {
                    deleteQuietly(saltInBackup);
                }
            }
            LOG.info("restored database from {}", zip.getFileName());
            return kept;
        }
    }

    /**
     * The key for an encrypted backup, derived with the salt the backup records (which is the
     * folder's own unless the backup came from another folder).
     */
    public static DatabaseKey keyFor(Path zip, char[] password) {
        Path salt = readSalt(zip);
        if (salt == null) {
            return DatabaseKey.NONE;
        }
        try {
            DatabaseKey.Salt s = DatabaseKey.Salt.read(salt);
            return DatabaseKey.derive(password, s.bytes(), s.iterations());
        } finally {
            deleteQuietly(salt);
        }
    }

    /** The salt recorded in an encrypted backup, written to a temporary file, or null. */
    private static Path readSalt(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(INFO_ENTRY);
            if (entry == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader r = new java.io.InputStreamReader(z.getInputStream(entry), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            if (p.getProperty("salt") == null) {
                return null;
            }
            Path tmp = Files.createTempFile("rapport-salt", ".properties");
            new DatabaseKey.Salt(java.util.Base64.getDecoder().decode(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("iterations"))).write(tmp);
            return tmp;
        } catch (IOException e) {
            throw new CannotOpenException(zip, CannotOpenException.Reason.DAMAGED, e);
        }
    }

    private static void addInfo(Path zip, Path dataDir, DataCounts counts, boolean encrypted, String kind,
            Clock clock) throws IOException {
        Properties p = new Properties();
        p.setProperty("created", clock.instant().toString());
        p.setProperty("accounts", Integer.toString(counts.accounts()));
        p.setProperty("contacts", Integer.toString(counts.contacts()));
        p.setProperty("encrypted", Boolean.toString(encrypted));
        p.setProperty("kind", kind);
        Path salt = dataDir.resolve(DatabaseKey.SALT_FILE);
        if (encrypted && Files.exists(salt)) {
            // the key cannot be derived without the salt: it travels with the backup
            DatabaseKey.Salt.read(salt).toProperties().forEach((k, v) -> p.setProperty((String) k, (String) v));
        }
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of());
                Writer w = Files.newBufferedWriter(fs.getPath(INFO_ENTRY), StandardCharsets.UTF_8)) {
            p.store(w, "Rapport backup");
        }
    }

    private static void extractDatabase(Path zip, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(DB_ENTRY);
            if (entry == null) {
                throw new IOException("no database in " + zip.getFileName());
            }
            try (InputStream in = z.getInputStream(entry);
                    OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {}", file, e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(BackupArchive::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not remove {}", dir, e);
        }
    }
}
