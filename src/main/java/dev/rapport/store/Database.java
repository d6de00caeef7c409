package dev.rapport.store;

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
 * a killed process.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_STEM = "rapport";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDir;
    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> transaction = new ThreadLocal<>();

    private Database(Path dataDir, DataFolderLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // Small side tables (tags, phone numbers) come back as plain column maps, keys lower case.
        jdbi.registerRowMapper(new org.jdbi.v3.core.generic.GenericType<java.util.Map<String, Object>>() { },
                new org.jdbi.v3.core.mapper.MapMapper());
    }

    /**
     * Opens (creating if needed) the database in the folder and brings its schema up to date.
     *
     * @throws AlreadyOpenException when another Rapport has the folder open
     */
    public static Database open(Path dataDir) {
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dataDir), "sa", "");
            pool.setMaxConnections(8);
            migrate(dataDir, pool);
            return new Database(dataDir, lock, pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    static String url(Path dataDir) {
        // WRITE_DELAY=0: H2's default of 500 ms loses confirmed commits when the process is killed.
        // TRACE_LEVEL_FILE=0: no .trace.db file that would hold SQL with customer data in it.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_STEM)
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private static void migrate(Path dataDir, JdbcConnectionPool pool) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        MigrationInfo current = flyway.info().current();
        int pending = flyway.info().pending().length;
        if (pending > 0 && current != null) {
            // H2 DDL is not transactional: a failed migration could leave the file half-changed
            backup(pool, dataDir.resolve("backups").resolve(
                    "pre-migration-v" + current.getVersion() + "-" + LocalDateTime.now().format(STAMP) + ".zip"));
        }
        if (pending > 0) {
            LOG.info("applying {} migration(s) to {}", pending, dataDir);
            flyway.migrate();
        }
    }

    /** Writes a consistent copy of the open database to a zip, via a temporary name. */
    static void backup(JdbcConnectionPool pool, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Jdbi.create(pool).useHandle(h -> h.execute("BACKUP TO ?", tmp.toString()));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("backed up database to {}", target);
        } catch (java.io.IOException e) {
            throw new StoreException("backup failed: " + target, e);
        }
    }

    /** Backs the open database up to the given zip file. */
    public void backupTo(Path target) {
        backup(pool, target);
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
        return jdbi.withHandle(work::apply);
    }

    <T> T attach(Handle handle, Class<T> dao) {
        return handle.attach(dao);
    }

    /** Runs several writes as one: all of them are saved, or none. */
    public <R> R inTransaction(Supplier<R> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(handle -> {
            transaction.set(handle);
            try {
                return work.get();
            } finally {
                transaction.remove();
            }
        });
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        try {
            jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
        } catch (RuntimeException e) {
            LOG.warn("checkpoint on close failed", e);
        } finally {
            pool.dispose();
            lock.close();
        }
    }
}
