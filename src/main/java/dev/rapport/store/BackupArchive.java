package dev.rapport.store;

import dev.rapport.files.AtomicFile;
import dev.rapport.domain.DataCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
    /** The data folder's area for work in progress (checks, restores, imports); see {@link #stagingFolder}. */
    static final String STAGING = ".staging";

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
                counts = verify(tmp, key, dataDir);
            } catch (CannotOpenException e) {
                counts = DataCounts.UNKNOWN; // a damaged file is kept all the same
            }
            addInfo(tmp, dataDir, counts, FileProbe.isEncrypted(dbFile), kind, clock);
            AtomicFile.force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.forceFolder(target.toAbsolutePath().getParent());
            return read(target);
        } catch (IOException e) {
            throw StorageFaults.translate(new StoreException("backup failed: " + target, e),
                    target.toAbsolutePath().getParent());
        } finally {
            deleteQuietly(tmp);
        }
    }

    static Info finish(Path tmp, Path target, Path dataDir, DatabaseKey key, String kind, Clock clock) {
        try {
            DataCounts counts = verify(tmp, key, dataDir);
            boolean encrypted;
            try (ZipFile z = new ZipFile(tmp.toFile())) {
                try (InputStream in = z.getInputStream(z.getEntry(DB_ENTRY))) {
                    encrypted = "H2encrypt".equals(new String(in.readNBytes(9), StandardCharsets.ISO_8859_1));
                }
            }
            addInfo(tmp, dataDir, counts, encrypted, kind, clock);
            AtomicFile.force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.forceFolder(target.toAbsolutePath().getParent());
            LOG.info("backup verified: {} ({} accounts, {} contacts)", target.getFileName(), counts.accounts(),
                    counts.contacts());
            return read(target).orElseThrow();
        } catch (IOException e) {
            throw StorageFaults.translate(new StoreException("backup failed: " + target, e),
                    target.toAbsolutePath().getParent());
        }
    }

    /**
     * Unpacks the database inside a backup into the data folder's staging area, checks that it
     * holds Rapport's schema and nothing else before H2 opens it, and counts its rows.
     *
     * @throws CannotOpenException when it is not a Rapport database, too large, or cannot be
     *                             opened with the key
     */
    static DataCounts verify(Path zip, DatabaseKey key, Path dataDir) {
        Path dir = null;
        try {
            dir = stagingFolder(dataDir, "verify-");
            Path copy = Database.file(dir);
            extractDatabase(zip, copy, dataDir);
            return ForeignFile.check(copy, key, FileProbe.DEFAULT_TIMEOUT);
        } catch (IOException e) {
            if (StorageFaults.isStorageFault(e)) {
                // the copy to check could not be written in the data folder: a full disk, not a damaged backup
                throw StorageFaults.translate(new StoreException("cannot check backup " + zip, e), dataDir);
            }
            throw new CannotOpenException(zip, CannotOpenException.Reason.DAMAGED, e);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * A fresh folder under the data folder's {@value #STAGING}, which holds only work in progress:
     * whatever a killed process left there is removed the next time the folder is opened. Inside
     * the data folder, so no copy of the customers' data lands in a shared temporary folder or
     * beside a file the user picked, and a rename from it to the database is atomic.
     */
    static Path stagingFolder(Path dataDir, String prefix) throws IOException {
        Path staging = dataDir.resolve(STAGING);
        Files.createDirectories(staging);
        return Files.createTempDirectory(staging, prefix);
    }

    /** Reads a backup's record; empty when the zip is not a Rapport backup. */
    public static Optional<Info> read(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(INFO_ENTRY);
            if (entry == null || z.getEntry(DB_ENTRY) == null) {
                return Optional.empty();
            }
            Properties p = properties(zip, z, entry);
            return Optional.of(new Info(zip, Instant.parse(p.getProperty("created")), Files.size(zip),
                    Integer.parseInt(p.getProperty("accounts", "-1")), Integer.parseInt(p.getProperty("contacts", "-1")),
                    Boolean.parseBoolean(p.getProperty("encrypted")), p.getProperty("kind", "")));
        } catch (IOException | RuntimeException e) {
            LOG.warn("not a readable backup: {}", zip.getFileName(), e);
            return Optional.empty();
        }
    }

    /**
     * Replaces a closed folder's database with the one in the backup. The backup's database is
     * unpacked into the folder's staging area and checked there ({@link ForeignFile}); the current
     * file is kept as a "before-restore" backup; then one atomic rename swaps the checked copy in,
     * so a crash leaves either the old or the restored database, and nothing else.
     *
     * @return the backup kept of the replaced database, if there was one
     * @throws CannotOpenException when the backup is not Rapport's or cannot be opened with the key
     * @throws AlreadyOpenException when the folder is open
     */
    public static Optional<Info> restore(Path dataDir, Path zip, DatabaseKey key, Path backupFolder, Path keptAs,
            Clock clock) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            DatabaseKey.Salt saltInBackup = readSalt(zip);
            Path dir = null;
            try {
                dir = stagingFolder(dataDir, "restore-");
                Path incoming = Database.file(dir);
                extractDatabase(zip, incoming, dataDir);
                ForeignFile.check(incoming, key, FileProbe.DEFAULT_TIMEOUT);
                Optional<Info> kept = writeClosed(dataDir, keptAs, key, "before-restore", clock);
                AtomicFile.force(incoming);
                Files.move(incoming, Database.file(dataDir), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                if (saltInBackup != null) {
                    // the same as the folder's unless the backup came from another folder
                    saltInBackup.write(dataDir.resolve(DatabaseKey.SALT_FILE));
                }
                AtomicFile.forceFolder(dataDir); // "restored" holds after a power cut too
                LOG.info("restored database from {}", zip.getFileName());
                return kept;
            } catch (IOException e) {
                throw StorageFaults.translate(new StoreException("restore failed: " + zip, e), dataDir);
            } finally {
                deleteTree(dir);
            }
        }
    }

    /**
     * The key for an encrypted backup, derived with the salt the backup records (which is the
     * folder's own unless the backup came from another folder).
     */
    public static DatabaseKey keyFor(Path zip, char[] password) {
        DatabaseKey.Salt salt = readSalt(zip);
        if (salt == null) {
            return DatabaseKey.NONE;
        }
        return DatabaseKey.derive(password, salt.bytes(), salt.iterations());
    }

    /** The salt recorded in an encrypted backup, or null; kept in memory, never in a temporary file. */
    private static DatabaseKey.Salt readSalt(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(INFO_ENTRY);
            if (entry == null) {
                return null;
            }
            Properties p = properties(zip, z, entry);
            if (p.getProperty("salt") == null) {
                return null;
            }
            return DatabaseKey.Salt.fromProperties(p);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CannotOpenException c) {
                throw c;
            }
            throw new CannotOpenException(zip, CannotOpenException.Reason.DAMAGED, e);
        }
    }

    private static Properties properties(Path zip, ZipFile z, ZipEntry entry) throws IOException {
        Properties p = new Properties();
        try (Reader r = new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(BoundedZip.readSmall(zip, z, entry)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
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
        // a new zip with the record first and the database copied over, in place of the old: the zip
        // file system would do the same through a temporary file it leaves behind on a full disk, and
        // it does not report that failure, leaving a backup without its record
        Path withRecord = zip.resolveSibling(zip.getFileName() + ".record");
        try {
            try (ZipFile from = new ZipFile(zip.toFile());
                    ZipOutputStream to = new ZipOutputStream(Files.newOutputStream(withRecord))) {
                to.putNextEntry(new ZipEntry(INFO_ENTRY));
                java.io.StringWriter text = new java.io.StringWriter();
                p.store(text, "Rapport backup");
                to.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                to.closeEntry();
                to.setLevel(java.util.zip.Deflater.BEST_SPEED);
                to.putNextEntry(new ZipEntry(DB_ENTRY));
                try (InputStream in = from.getInputStream(from.getEntry(DB_ENTRY))) {
                    in.transferTo(to);
                }
                to.closeEntry();
            }
            Files.move(withRecord, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(withRecord);
        }
    }

    private static void extractDatabase(Path zip, Path target, Path dataDir) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(DB_ENTRY);
            if (entry == null) {
                // say what it is instead, when its entries show it: export-db's data file is for import-db
                ZipKind kind = ZipKind.of(zip, z);
                throw new CannotOpenException(zip, kind == ZipKind.DATA_FILE ? CannotOpenException.Reason.DATA_FILE
                        : CannotOpenException.Reason.NOT_A_BACKUP, new IOException("no database in "
                                + zip.getFileName() + " (" + kind + ")"));
            }
            BoundedZip.extract(zip, z, entry, target, dataDir);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {}", file, e);
        }
    }

    /** Deletes a folder and everything in it, as far as it can; for tidying what a killed process left. */
    public static void deleteFolder(Path dir) {
        deleteTree(dir);
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
