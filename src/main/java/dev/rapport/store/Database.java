package dev.rapport.store;

import dev.rapport.domain.DataCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in a data folder: locked against a second Rapport, migrated by
 * Flyway (after a backup), and written with WRITE_DELAY=0 so that a confirmed save survives
 * a killed process. Every write is forced to the disk before the call that made it returns,
 * so that a confirmed save survives a power cut too.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_STEM = "rapport";
    /** H2's suffix for the database file: the data folder's {@code rapport.mv.db}. */
    public static final String FILE_SUFFIX = ".mv.db";
    /** The user everyday work runs as; created without admin rights by migration V8. */
    static final String USER = "RAPPORT";
    static final String MIGRATIONS = "classpath:db/migration";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    // Administration of the file, not data access: no aggregate's rows, so no SQL Object (issue 18).
    /** A consistent copy of the open database into a zip; the target is bound, never written into the SQL. */
    private static final String BACKUP_TO = "BACKUP TO ?";
    /** Writes what H2 holds and forces the file to disk (decision 0013); an admin-only command. */
    private static final String CHECKPOINT_SYNC = "CHECKPOINT SYNC";

    static {
        H2Guard.install();
    }

    private final Path dataDir;
    private final DataFolderLock lock;
    /** Everyday work: RAPPORT, a user without admin rights (see migration V8). */
    private final JdbcConnectionPool pool;
    /** Migrations, backups, the forced write: SA. Never handed to a repository. */
    private final JdbcConnectionPool admin;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> transaction = new ThreadLocal<>();
    private final WriteOrigin origin = new WriteOrigin();
    /** H2's store version last forced to disk; a committed write moves the store past it. */
    private volatile long forcedVersion;
    private final Object forcing = new Object();

    private Database(Path dataDir, DataFolderLock lock, JdbcConnectionPool admin, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.admin = admin;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // Small side tables (tags, phone numbers) come back as plain column maps, keys lower case.
        jdbi.registerRowMapper(new org.jdbi.v3.core.generic.GenericType<java.util.Map<String, Object>>() { },
                new org.jdbi.v3.core.mapper.MapMapper());
    }

    /** Where this database's writes come from, recorded in each versioned row's changed_by. */
    public WriteOrigin origin() {
        return origin;
    }

    /** The changed_by value of a write made now on this thread; null when unknown. */
    String changedBy() {
        return origin.column();
    }

    /**
     * Opens (creating if needed) the database in the folder and brings its schema up to date.
     *
     * @throws AlreadyOpenException when another Rapport has the folder open
     */
    public static Database open(Path dataDir) {
        return open(dataDir, DatabaseKey.NONE);
    }

    /**
     * Opens the database with the key of an encrypted file (or {@link DatabaseKey#NONE}).
     * An existing file is first opened read-only under a time limit, so that a damaged file or
     * a wrong password is reported without H2 rewriting the file or creating a new empty one.
     *
     * @throws AlreadyOpenException when another Rapport has the folder open
     * @throws CannotOpenException  when the file is damaged, or the password wrong or missing
     */
    public static Database open(Path dataDir, DatabaseKey key) {
        return open(dataDir, key, FileProbe.DEFAULT_TIMEOUT, "file:");
    }

    /**
     * ...and tells {@code beforeMigrating}, on the opening thread, when the schema must be brought
     * up to date first (a backup, then the migrations): the window says so, as it takes longer.
     */
    public static Database open(Path dataDir, DatabaseKey key, Runnable beforeMigrating) {
        return open(dataDir, key, FileProbe.DEFAULT_TIMEOUT, "file:", beforeMigrating, MIGRATIONS);
    }

    static Database open(Path dataDir, DatabaseKey key, java.time.Duration probeTimeout, String fileSystem) {
        return open(dataDir, key, probeTimeout, fileSystem, MIGRATIONS);
    }

    /** With the probe's time limit, H2's file system prefix and migration locations, which tests replace. */
    static Database open(Path dataDir, DatabaseKey key, java.time.Duration probeTimeout, String fileSystem,
            String... migrations) {
        return open(dataDir, key, probeTimeout, fileSystem, () -> { }, migrations);
    }

    private static Database open(Path dataDir, DatabaseKey key, java.time.Duration probeTimeout, String fileSystem,
            Runnable beforeMigrating, String... migrations) {
        H2Guard.warnIfInactive();
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        JdbcConnectionPool admin = null;
        JdbcConnectionPool pool = null;
        try {
            removeLeftovers(dataDir);
            Path file = file(dataDir);
            boolean exists = Files.exists(file);
            DatabaseKey used = key;
            if (exists) {
                FileProbe.open(stem(dataDir), key, probeTimeout);
                used = FileProbe.isEncrypted(file) ? key : DatabaseKey.NONE;
            }
            admin = JdbcConnectionPool.create(url(dataDir, used, exists, fileSystem), "sa", used.h2Password());
            admin.setMaxConnections(2);
            boolean migrated = migrate(dataDir, admin, used, beforeMigrating, migrations);
            // opened by SA first, so the URL's settings (which only an admin may set) hold for both
            pool = JdbcConnectionPool.create(userUrl(dataDir, used, fileSystem), USER, used.h2Password());
            pool.setMaxConnections(8);
            Database db = new Database(dataDir, lock, admin, pool);
            db.startForcing(!exists || migrated);
            return db;
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            if (admin != null) {
                admin.dispose();
            }
            lock.close();
            if (FileProbe.heldByAnother(e) && !(e instanceof AlreadyOpenException)) {
                throw new AlreadyOpenException(dataDir);
            }
            throw StorageFaults.translate(e, dataDir);
        }
    }

    /**
     * Removes what a restore or password change killed midway left behind: never the database
     * itself, which either was swapped in whole or not at all. A staged copy may be decrypted.
     */
    private static void removeLeftovers(Path dataDir) {
        BackupArchive.deleteTree(dataDir.resolve(FileEncryption.STAGING));
        BackupArchive.deleteTree(dataDir.resolve(BackupArchive.STAGING));
        BackupArchive.deleteQuietly(dataDir.resolve(FILE_STEM + FILE_SUFFIX + ".restoring"));
    }

    static String url(Path dataDir, DatabaseKey key, boolean mustExist, String fileSystem) {
        // WRITE_DELAY=0: H2's default of 500 ms loses confirmed commits when the process is killed.
        // TRACE_LEVEL_FILE=0: no .trace.db file that would hold SQL with customer data in it.
        // IFEXISTS: a file that vanished between the check and the open is never replaced by an empty one.
        // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM (logout, shutdown) the app backs up before it closes the
        // database itself; H2's own exit hook would race it and close the database first.
        // RETENTION_TIME: H2 overwrites a chunk no longer in use once it is 45 s old, trusting the
        // operating system to have written the store header that stopped pointing to it; after a
        // power cut in between, H2 found no way from the old header to the newest chunk and opened
        // on one from minutes before (PowerCutTest): confirmed saves gone. Nothing is overwritten
        // while the database is open; closing compacts the file, with forces between its steps.
        return "jdbc:h2:" + FooterLastFileSystem.prefix() + fileSystem + stem(dataDir).toAbsolutePath()
                + ";WRITE_DELAY=0;RETENTION_TIME=" + Integer.MAX_VALUE + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : "") + key.urlOptions();
    }

    /** The everyday user's URL: the database is already open, with the admin's settings. */
    static String userUrl(Path dataDir, DatabaseKey key, String fileSystem) {
        return "jdbc:h2:" + FooterLastFileSystem.prefix() + fileSystem + stem(dataDir).toAbsolutePath() + ";IFEXISTS=TRUE"
                + key.urlOptions();
    }

    /** The database file of a data folder. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_STEM + FILE_SUFFIX);
    }

    static Path stem(Path dataDir) {
        return dataDir.resolve(FILE_STEM);
    }

    /** Whether the folder's database file is encrypted, so a password must be asked for. */
    public static boolean isEncrypted(Path dataDir) {
        return FileProbe.isEncrypted(file(dataDir));
    }

    /** @return whether a migration was applied */
    private static boolean migrate(Path dataDir, JdbcConnectionPool pool, DatabaseKey key, Runnable beforeMigrating,
            String... locations) {
        if (java.util.Arrays.equals(locations, new String[] {MIGRATIONS})
                && SchemaVersion.upToDate(pool, Database.class.getClassLoader())) {
            return false;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(locations)
                .loggers("slf4j")
                .load();
        org.flywaydb.core.api.MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        int pending = info.pending().length;
        if (pending > 0) {
            beforeMigrating.run();
        }
        if (pending > 0 && current != null) {
            // H2 DDL is not transactional: a failed migration could leave the file half-changed
            // ...and the copy is opened once, so no migration starts without a backup that restores
            Path target = dataDir.resolve("backups").resolve(
                    "pre-migration-v" + current.getVersion() + "-" + LocalDateTime.now().format(STAMP) + ".zip");
            Path raw = target.resolveSibling(target.getFileName() + ".raw");
            backup(pool, raw);
            try {
                BackupArchive.finish(raw, target, dataDir, key, "before-migration", java.time.Clock.systemUTC());
            } finally {
                BackupArchive.deleteQuietly(raw);
            }
        }
        if (pending > 0) {
            log().info("applying {} migration(s) to {}", pending, dataDir);
            flyway.migrate();
        }
        return pending > 0;
    }

    /** Writes a consistent copy of the open database to a zip, via a temporary name. */
    static void backup(JdbcConnectionPool pool, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Jdbi.create(pool).useHandle(h -> h.execute(BACKUP_TO, tmp.toString()));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            log().info("backed up database to {}", target);
        } catch (java.io.IOException e) {
            throw new StoreException("backup failed: " + target, e);
        } finally {
            // a copy cut short (a full disk) would only take the space the user is told to free
            BackupArchive.deleteQuietly(tmp);
        }
    }

    /** Backs the open database up to the given zip file. */
    public void backupTo(Path target) {
        try {
            backup(admin, target);
        } catch (RuntimeException e) {
            throw StorageFaults.translate(e, target.toAbsolutePath().getParent());
        }
    }

    /** What the database holds now. */
    public DataCounts counts() {
        return withHandle(h -> {
            try {
                return FileProbe.count(h.getConnection());
            } catch (java.sql.SQLException e) {
                throw new StoreException("cannot count rows", e);
            }
        });
    }

    /** Whether this database's file is encrypted (and so its backups are). */
    public boolean encrypted() {
        return FileProbe.isEncrypted(file(dataDir));
    }

    /**
     * Writes every table's rows to a portable data file ({@link PortableData}), read in one
     * consistent snapshot: for moving the whole database to another folder or a later H2 version.
     * Not encrypted, whatever the database is.
     */
    public void exportData(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (java.sql.Connection c = pool.getConnection()) {
                c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
                c.setAutoCommit(false);
                try {
                    PortableData.write(c, target.toAbsolutePath());
                } finally {
                    c.rollback();
                }
            }
            log().info("exported data file to {}", target);
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw StorageFaults.translate(new StoreException("export failed: " + target, e),
                    target.toAbsolutePath().getParent());
        } catch (RuntimeException e) {
            throw StorageFaults.translate(e, target.toAbsolutePath().getParent());
        }
    }

    /**
     * Builds a folder's database from a data file written by {@link #exportData}, then opens it
     * (migrating it when the file came from an older Rapport). The folder must hold no database;
     * nothing in the file is executed, and a failed or killed import leaves no database behind.
     *
     * @throws IllegalStateException   when the folder already has a database
     * @throws PortableData.Refused    when the file is not a Rapport data file this version reads
     */
    public static Database importData(Path dataDir, Path file, DatabaseKey key) {
        PortableData.read(dataDir, file, key, ReferenceSchema.BUNDLED);
        return open(dataDir, key);
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs work with a handle: the current transaction's when there is one, so that several
     * repository calls inside {@link #inTransaction} commit or roll back together.
     */
    <R> R withHandle(Function<Handle, R> work) {
        Handle current = transaction.get();
        if (current != null) {
            return work.apply(current);
        }
        try {
            return jdbi.withHandle(h -> {
                R result = work.apply(h);
                forceWrites(h);
                return result;
            });
        } catch (RuntimeException e) {
            throw StorageFaults.translate(e, dataDir);
        }
    }

    <T> T attach(Handle handle, Class<T> dao) {
        return handle.attach(dao);
    }

    /** Runs several writes as one: all of them are saved, or none. */
    public <R> R inTransaction(Supplier<R> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try {
            return jdbi.withHandle(h -> {
                R result = h.inTransaction(handle -> {
                    transaction.set(handle);
                    try {
                        return work.get();
                    } finally {
                        transaction.remove();
                    }
                });
                forceWrites(h);
                return result;
            });
        } catch (RuntimeException e) {
            throw StorageFaults.translate(e, dataDir);
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Forces to the disk whatever was committed and not forced yet, before the caller is told its
     * save is done. WRITE_DELAY=0 makes H2 write each commit into the file at once, but only into
     * the operating system's cache, which a power cut loses: CHECKPOINT SYNC writes what H2 holds
     * and forces the file (FileChannel.force). A commit moves H2's store to a new version, so a
     * read (which leaves it where it was) costs no forced write; one outermost transaction, however
     * many rows it wrote (an import), costs one.
     */
    private void forceWrites(Handle h) {
        if (storeVersion(h) == forcedVersion) {
            return;
        }
        synchronized (forcing) {
            // read before the force: what a later commit writes meanwhile is not covered by it
            long version = storeVersion(h);
            if (version != forcedVersion) {
                checkpointSync();
                forcedVersion = version;
            }
        }
    }

    /** At open: forces what creating or migrating the file wrote; from then on each write is forced. */
    private void startForcing(boolean force) {
        jdbi.useHandle(h -> {
            long version = storeVersion(h);
            if (force) {
                checkpointSync();
            }
            forcedVersion = version;
        });
    }

    /**
     * The version of H2's store (MVStore) behind the handle: a commit that changed anything writes
     * a new version into the file. H2's embedded session is the only way to it without a query.
     */
    private static long storeVersion(Handle h) {
        try {
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal)
                    h.getConnection().unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore().getCurrentVersion();
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot read the database's store version", e);
        }
    }

    /** H2 writes what it holds and forces the file: a command only an admin may run. */
    private void checkpointSync() {
        Jdbi.create(admin).useHandle(a -> a.execute(CHECKPOINT_SYNC));
    }

    @Override
    public void close() {
        try {
            checkpointSync();
        } catch (RuntimeException e) {
            log().warn("checkpoint on close failed", e);
        } finally {
            pool.dispose();
            admin.dispose();
            lock.close();
        }
    }

    /**
     * Not a static field: this class is loaded on the way to the window, and a logger there would
     * start Logback on the critical path; the data folder's opener thread starts it meanwhile.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Database.class);
    }
}
