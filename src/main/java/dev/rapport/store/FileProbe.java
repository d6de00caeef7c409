package dev.rapport.store;

import dev.rapport.domain.DataCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.h2.api.ErrorCode;

/**
 * Opens a database file read-only to see whether it can be opened at all, and counts what it
 * holds. Read-only, so a damaged file is never "repaired" (rewritten) by H2, and under a time
 * limit, so a pathological file cannot hang the start.
 */
final class FileProbe {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    // Plain JDBC, not a SQL Object: these run over a raw connection to a file that may be foreign
    // (probed before any Jdbi opens it) or that PortableData is still building (issue 18).
    private static final String HAS_TABLE = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?";
    private static final String COUNT_ACCOUNTS = "SELECT COUNT(*) FROM account WHERE deleted_at IS NULL";
    private static final String COUNT_CONTACTS = "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL";

    private FileProbe() {
    }

    /** True when the file carries H2's encryption header. */
    static boolean isEncrypted(Path mvFile) {
        try (var in = Files.newInputStream(mvFile)) {
            byte[] head = in.readNBytes(9);
            return "H2encrypt".equals(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * @param stem the database path without ".mv.db"
     * @throws CannotOpenException when it cannot be opened (the file is left as it was)
     */
    static DataCounts open(Path stem, DatabaseKey key, Duration timeout) {
        return open(stem, key, timeout, FileProbe::count);
    }

    /**
     * Opens the file read-only and runs the work over the connection, under the time limit.
     *
     * @throws CannotOpenException when it cannot be opened or the work fails (the file is left as it was)
     */
    static <T> T open(Path stem, DatabaseKey key, Duration timeout, ConnectionWork<T> work) {
        Path file = stem.resolveSibling(stem.getFileName() + Database.FILE_SUFFIX);
        boolean encrypted = isEncrypted(file);
        if (encrypted && !key.encrypts()) {
            throw new CannotOpenException(file, CannotOpenException.Reason.PASSWORD_REQUIRED, null);
        }
        DatabaseKey used = encrypted ? key : DatabaseKey.NONE;
        String url = "jdbc:h2:file:" + stem.toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"
                + used.urlOptions();
        return limited(file, encrypted, timeout, () -> {
            try (Connection c = connect(url, used)) {
                return work.run(c);
            }
        });
    }

    /** Work over an open connection that may fail with an SQLException. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs a read of the file on its own thread under the time limit, so a pathological file
     * cannot hang the caller; any failure means the file cannot be opened.
     */
    /** How long a timed-out read is given to let go of the file before the refusal is reported. */
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(5);

    static <T> T limited(Path file, boolean encrypted, Duration timeout, java.util.concurrent.Callable<T> read) {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-open-check");
            t.setDaemon(true);
            return t;
        });
        Future<T> result = runner.submit(read);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            // the read still holds H2's lock on the file until it notices: give it a moment, so a
            // retry right after this refusal is not told that another Rapport has the file open
            runner.shutdownNow();
            try {
                runner.awaitTermination(RELEASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new CannotOpenException(file, CannotOpenException.Reason.TIMED_OUT, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CannotOpenException c) {
                throw c;
            }
            if (heldByAnother(e.getCause())) {
                // another Rapport has the file open (its lock file was deleted): not damage
                throw new AlreadyOpenException(file.toAbsolutePath().getParent());
            }
            throw new CannotOpenException(file, encrypted ? CannotOpenException.Reason.WRONG_PASSWORD_OR_DAMAGED
                    : CannotOpenException.Reason.DAMAGED, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotOpenException(file, CannotOpenException.Reason.TIMED_OUT, e);
        } finally {
            runner.shutdownNow();
        }
    }

    /** H2's "database may be already in use": another process holds the file's own lock. */
    static boolean heldByAnother(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private static Connection connect(String url, DatabaseKey key) throws SQLException {
        try {
            return DriverManager.getConnection(url, "sa", key.h2Password());
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw new SQLException("database file missing", e);
            }
            throw e;
        }
    }

    /** Counts over an open connection (0 for a database not yet given its tables). */
    static DataCounts count(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!hasTable(c, "ACCOUNT")) {
                return new DataCounts(0, 0);
            }
            return new DataCounts(single(s, COUNT_ACCOUNTS), hasTable(c, "CONTACT") ? single(s, COUNT_CONTACTS) : 0);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HAS_TABLE)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
