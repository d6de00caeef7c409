package dev.rapport.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.h2.store.fs.FileUtils;

/**
 * What Rapport's own migrations create, version by version: the statements in the schema table
 * of a database migrated to that version, and its Flyway history. Built on demand, in H2's
 * in-memory file system (nothing is written to disk), by running the bundled migrations, so it
 * can never disagree with them; kept for the life of the process.
 */
final class ReferenceSchema {
    // Plain JDBC, not a SQL Object: Flyway's own table in a throw-away in-memory database (issue 18).
    private static final String HISTORY = "SELECT \"version\", \"description\", \"type\", \"script\","
            + " \"checksum\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";
    private static final String SHUTDOWN = "SHUTDOWN";
    static final ReferenceSchema BUNDLED = new ReferenceSchema(Database.MIGRATIONS,
            SchemaVersion.newestBundled(ReferenceSchema.class.getClassLoader()).orElse(0));

    private final String location;
    private final int newest;
    private final Map<Integer, Version> versions = new ConcurrentHashMap<>();

    ReferenceSchema(String location, int newest) {
        this.location = location;
        this.newest = newest;
    }

    /** One Flyway history row, as far as it says what ran: not when, nor by whom. */
    record HistoryRow(String version, String description, String type, String script, Integer checksum,
            boolean success) {
    }

    private record Version(List<String> statements, List<HistoryRow> history) {
    }

    int newest() {
        return newest;
    }

    /** How a file's statements differ from this version's: what it has beyond them, and what it lacks. */
    record Difference(List<String> extra, List<String> missing) {
        boolean none() {
            return extra.isEmpty() && missing.isEmpty();
        }
    }

    Difference difference(int version, List<String> normalizedStatements) {
        List<String> missing = new ArrayList<>(version(version).statements());
        List<String> extra = new ArrayList<>();
        for (String s : normalizedStatements) {
            if (!missing.remove(s)) {
                extra.add(s);
            }
        }
        return new Difference(extra, missing);
    }

    List<HistoryRow> history(int version) {
        return version(version).history();
    }

    private Version version(int version) {
        if (version < 1 || version > newest) {
            throw new IllegalArgumentException("no bundled schema version " + version);
        }
        return versions.computeIfAbsent(version, this::build);
    }

    private Version build(int version) {
        String folder = "memFS:/rapport-reference-" + UUID.randomUUID();
        String url = "jdbc:h2:" + folder + "/" + Database.FILE_STEM + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try {
            List<HistoryRow> history;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                Flyway.configure().dataSource(url, "sa", "").locations(location).target(Integer.toString(version))
                        .loggers("slf4j").load().migrate();
                history = readHistory(c);
                try (Statement s = c.createStatement()) {
                    s.execute(SHUTDOWN);
                }
            }
            List<String> statements = new ArrayList<>();
            for (SchemaCheck.Statement s : SchemaCheck.statements(
                    folder + "/" + Database.FILE_STEM + Database.FILE_SUFFIX, DatabaseKey.NONE)) {
                if (!s.isSetting()) {
                    statements.add(s.normalized());
                }
            }
            Collections.sort(statements);
            return new Version(List.copyOf(statements), history);
        } catch (SQLException e) {
            throw new StoreException("cannot build Rapport's reference schema " + version, e);
        } finally {
            FileUtils.deleteRecursive(folder, false);
        }
    }

    /** A database's Flyway history, in the order it was applied. */
    static List<HistoryRow> readHistory(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HISTORY)) {
            while (rs.next()) {
                int checksum = rs.getInt(5);
                rows.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.wasNull() ? null : checksum, rs.getBoolean(6)));
            }
        }
        return rows;
    }
}
