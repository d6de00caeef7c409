package dev.rapport.store;

import dev.rapport.files.AtomicFile;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.rapport.domain.DataCounts;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rapport's portable data file, for moving a whole database to another folder or a later H2
 * version ({@code rapport export-db} / {@code import-db}): a zip holding a manifest and, per
 * table, its rows as text. It carries data only, never SQL. Reading one builds a new database
 * with Rapport's own migrations (up to the version the file was written at) and inserts the
 * rows through prepared statements into the tables and columns that schema has, so nothing in
 * the file is ever executed; constraints and foreign keys check every row as it goes in.
 */
public final class PortableData {
    private static final Logger LOG = LoggerFactory.getLogger(PortableData.class);
    static final String MANIFEST = "rapport-data.properties";
    static final String FORMAT = "rapport-data";
    static final int FORMAT_VERSION = 1;
    static final String FOLDER = "tables/";
    static final String SUFFIX = ".rows";
    /** A NULL in a cell; a text that starts with a backslash gets one more, so it cannot be taken for it. */
    static final String NULL = "\\N";
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 1_000;
    // Plain JDBC over templates, not SQL Objects: export and import go through every table whatever
    // its columns (read from INFORMATION_SCHEMA of the database being exported, or of the one just
    // migrated for the import), in one snapshot or one batch per table, on a connection of its own
    // to a file no Jdbi has opened yet. Only identifiers go into the templates, always through
    // quote(); every value from a file is bound (issue 18).
    private static final String COLUMNS_OF_TABLES = "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_IDENTITY"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_GENERATED = 'NEVER'"
            + " AND TABLE_NAME IN (SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> ?)"
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    /** Columns, table. */
    private static final String SELECT_ALL = "SELECT %s FROM %s";
    /** Table, columns, one ? per column. */
    private static final String INSERT_ROW = "INSERT INTO %s (%s) VALUES (%s)";
    /** Column, table. */
    private static final String NEXT_ID = "SELECT COALESCE(MAX(%s), 0) + 1 FROM %s";
    /** Table, column, the next id (a number read above). */
    private static final String RESTART_ID = "ALTER TABLE %s ALTER COLUMN %s RESTART WITH %d";
    /** Closes the imported file cleanly before it is opened as the folder's database. */
    private static final String SHUTDOWN = "SHUTDOWN";

    private PortableData() {
    }

    /** Why a file could not be imported; the database was not created. */
    public static final class Refused extends StoreException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final String table;
        private final long line;

        /** What is wrong with the file, as far as the user can act on it. */
        public enum Reason {
            /** an SQL script from Rapport 1.0's export-db: never run */
            SQL_SCRIPT,
            /** a Rapport backup (its record and database): for restore, not import-db */
            BACKUP,
            /** a database file without a backup's record, not a data file: never opened */
            DATABASE,
            /** written by a newer Rapport */
            NEWER,
            /** not a Rapport data file, or damaged */
            DAMAGED
        }

        Refused(Reason reason, String detail, Throwable cause) {
            this(reason, null, 0, detail, cause);
        }

        /** Refused at a table (and a line of its rows, 0 when not known) of the file. */
        Refused(Reason reason, String table, long line, String detail, Throwable cause) {
            super(detail, cause);
            this.reason = reason;
            this.table = table;
            this.line = line;
        }

        public Reason reason() {
            return reason;
        }

        /** The table whose rows were refused, or null when the file was refused as a whole. */
        public String table() {
            return table;
        }

        /** The line of that table's rows (the header is line 1), or 0 when not known. */
        public long line() {
            return line;
        }
    }

    /** How a column's values are written as text and read back, by the column's SQL type. */
    private enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_TZ;

        static Kind of(String sqlType) {
            return switch (sqlType) {
                case "CHARACTER VARYING", "CHARACTER LARGE OBJECT", "CHARACTER" -> TEXT;
                case "BIGINT", "INTEGER", "SMALLINT", "TINYINT" -> INTEGER;
                case "DECIMAL", "NUMERIC" -> DECIMAL;
                case "BOOLEAN" -> BOOLEAN;
                case "DATE" -> DATE;
                case "TIMESTAMP" -> TIMESTAMP;
                case "TIMESTAMP WITH TIME ZONE" -> TIMESTAMP_TZ;
                default -> throw new StoreException("no portable form for the column type " + sqlType, null);
            };
        }

        String read(ResultSet rs, int i) throws SQLException {
            Object value = switch (this) {
                case TEXT -> rs.getString(i);
                case INTEGER -> rs.getObject(i, Long.class);
                case DECIMAL -> {
                    BigDecimal d = rs.getBigDecimal(i);
                    yield d == null ? null : d.toPlainString();
                }
                case BOOLEAN -> rs.getObject(i, Boolean.class);
                case DATE -> rs.getObject(i, LocalDate.class);
                case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
                case TIMESTAMP_TZ -> rs.getObject(i, OffsetDateTime.class);
            };
            return value == null ? null : value.toString();
        }

        void bind(PreparedStatement ps, int i, String text) throws SQLException {
            if (text == null) {
                ps.setObject(i, null);
                return;
            }
            switch (this) {
                case TEXT -> ps.setString(i, text);
                case INTEGER -> ps.setLong(i, Long.parseLong(text));
                case DECIMAL -> ps.setBigDecimal(i, new BigDecimal(text));
                case BOOLEAN -> ps.setBoolean(i, parseBoolean(text));
                case DATE -> ps.setObject(i, LocalDate.parse(text));
                case TIMESTAMP -> ps.setObject(i, LocalDateTime.parse(text));
                case TIMESTAMP_TZ -> ps.setObject(i, OffsetDateTime.parse(text));
                default -> throw new IllegalStateException(name());
            }
        }

        private static boolean parseBoolean(String text) {
            if (text.equals("true")) {
                return true;
            }
            if (text.equals("false")) {
                return false;
            }
            throw new IllegalArgumentException("not a boolean: " + text);
        }
    }

    private record Column(String name, Kind kind, boolean identity) {
    }

    private record Table(String name, List<Column> columns) {
        String header() {
            return String.join(",", columns.stream().map(Column::name).toList());
        }
    }

    /** Rapport's tables in a database, in an order that inserts every referenced row first. */
    private static List<Table> tables(Connection c) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS_OF_TABLES)) {
            ps.setString(1, HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new Column(rs.getString(2),
                            Kind.of(rs.getString(3)), "YES".equals(rs.getString(4))));
                }
            }
        }
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String table : columns.keySet()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        parents.add(parent);
                    }
                }
            }
            references.put(table, parents);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < columns.size()) {
            boolean progress = false;
            for (Map.Entry<String, List<Column>> e : columns.entrySet()) {
                if (!placed.contains(e.getKey()) && placed.containsAll(references.get(e.getKey()))) {
                    ordered.add(new Table(e.getKey(), List.copyOf(e.getValue())));
                    placed.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new StoreException("foreign keys form a cycle among " + columns.keySet(), null);
            }
        }
        return ordered;
    }

    /** The newest schema version a database's Flyway history shows applied. */
    private static int schemaVersion(Connection c) throws SQLException {
        int newest = 0;
        for (ReferenceSchema.HistoryRow row : ReferenceSchema.readHistory(c)) {
            if (row.success() && row.version() != null && row.version().matches("\\d{1,9}")) {
                newest = Math.max(newest, Integer.parseInt(row.version()));
            }
        }
        return newest;
    }

    /** Writes every table's rows, read in one consistent snapshot of the connection's transaction. */
    static void write(Connection c, Path target) throws SQLException, IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            writeZip(c, tmp);
            AtomicFile.force(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.forceFolder(target.getParent());
        } finally {
            Files.deleteIfExists(tmp); // a file cut short by a full disk
        }
    }

    private static void writeZip(Connection c, Path tmp) throws SQLException, IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
            List<Table> tables = tables(c);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("format.version", Integer.toString(FORMAT_VERSION));
            manifest.setProperty("schema.version", Integer.toString(schemaVersion(c)));
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry(FOLDER + table.name() + SUFFIX));
                long rows = writeRows(c, table, zip);
                zip.closeEntry();
                manifest.setProperty("rows." + table.name(), Long.toString(rows));
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, "Rapport data export: rows only, no SQL");
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static long writeRows(Connection c, Table table, ZipOutputStream zip) throws SQLException, IOException {
        Writer out = new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void close() throws IOException {
                flush(); // the zip stays open for the next table
            }
        }, StandardCharsets.UTF_8);
        long rows = 0;
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(String.format(SELECT_ALL, columnList(table), quote(table.name())))) {
            csv.writeRecord(table.columns().stream().map(Column::name).toList());
            List<String> cells = new ArrayList<>(table.columns().size());
            while (rs.next()) {
                cells.clear();
                for (int i = 0; i < table.columns().size(); i++) {
                    cells.add(encode(table.columns().get(i).kind().read(rs, i + 1)));
                }
                csv.writeRecord(cells);
                rows++;
            }
        }
        return rows;
    }

    static String encode(String value) {
        if (value == null) {
            return NULL;
        }
        return value.startsWith("\\") ? "\\" + value : value;
    }

    static String decode(String cell) {
        if (cell.equals(NULL)) {
            return null;
        }
        return cell.startsWith("\\\\") ? cell.substring(1) : cell;
    }

    /** The table's columns, quoted, in order. */
    private static String columnList(Table table) {
        return String.join(", ", table.columns().stream().map(col -> quote(col.name())).toList());
    }

    /** An identifier taken from our own schema's INFORMATION_SCHEMA, never from a file. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Builds a closed folder's database from a data file: in the folder's staging area, swapped
     * in with one atomic rename once it is complete and forced to disk, so a process killed
     * midway leaves no database (and the next import can run).
     *
     * @return what the new database holds
     * @throws Refused             when the file is not a Rapport data file this version reads
     * @throws CannotOpenException TOO_LARGE when an entry would unpack to too much
     * @throws IllegalStateException when the folder already has a database
     */
    static DataCounts read(Path dataDir, Path zip, DatabaseKey key, ReferenceSchema reference) {
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            if (Files.exists(Database.file(dataDir))) {
                throw new IllegalStateException("data folder already has a database: " + dataDir);
            }
            Path staging = null;
            try (ZipFile z = new ZipFile(zip.toFile())) {
                Properties manifest = manifest(zip, z);
                int version = checkManifest(manifest, reference);
                staging = BackupArchive.stagingFolder(dataDir, "import-");
                DataCounts counts = build(zip, z, staging, key, version, manifest);
                Path built = Database.file(staging);
                AtomicFile.force(built);
                Files.move(built, Database.file(dataDir), StandardCopyOption.ATOMIC_MOVE);
                AtomicFile.forceFolder(dataDir);
                LOG.info("imported data file {} (schema version {})", zip.getFileName(), version);
                return counts;
            } catch (java.util.zip.ZipException e) {
                throw new Refused(Refused.Reason.DAMAGED, "not a zip: " + zip.getFileName(), e);
            } catch (IOException e) {
                throw StorageFaults.translate(new StoreException("import failed: " + zip, e), dataDir);
            } catch (SQLException e) {
                if (StorageFaults.isStorageFault(e)) {
                    throw StorageFaults.translate(new StoreException("import failed: " + zip, e), dataDir);
                }
                throw new Refused(Refused.Reason.DAMAGED, "rows refused by the schema: " + e.getMessage(), e);
            } finally {
                BackupArchive.deleteTree(staging);
                if (staging != null) {
                    try {
                        Files.deleteIfExists(staging.getParent()); // only when nothing else is in it
                    } catch (IOException e) {
                        // another piece of work is staged there, or it is gone: either way nothing to tidy
                    }
                }
            }
        }
    }

    private static Properties manifest(Path zip, ZipFile z) throws IOException {
        ZipEntry entry = z.getEntry(MANIFEST);
        if (entry == null) {
            ZipKind kind = ZipKind.of(zip, z);
            throw new Refused(switch (kind) {
                case BACKUP -> Refused.Reason.BACKUP;
                case DATABASE -> Refused.Reason.DATABASE;
                case SQL_SCRIPT -> Refused.Reason.SQL_SCRIPT;
                case DATA_FILE, OTHER -> Refused.Reason.DAMAGED;
            }, "no " + MANIFEST + " in " + zip.getFileName() + " (" + kind + ")", null);
        }
        Properties manifest = new Properties();
        try (Reader r = new StringReader(new String(BoundedZip.readSmall(zip, z, entry), StandardCharsets.UTF_8))) {
            manifest.load(r);
        }
        return manifest;
    }

    private static int checkManifest(Properties manifest, ReferenceSchema reference) {
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new Refused(Refused.Reason.DAMAGED, "not a Rapport data file", null);
        }
        int format = parse(manifest.getProperty("format.version"));
        int version = parse(manifest.getProperty("schema.version"));
        if (format > FORMAT_VERSION || version > reference.newest()) {
            throw new Refused(Refused.Reason.NEWER, "written by a newer Rapport (format " + format + ", schema "
                    + version + ")", null);
        }
        if (format < 1 || version < 1) {
            throw new Refused(Refused.Reason.DAMAGED, "no format or schema version", null);
        }
        return version;
    }

    private static int parse(String number) {
        try {
            return number == null ? -1 : Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static DataCounts build(Path zip, ZipFile z, Path staging, DatabaseKey key, int version,
            Properties manifest) throws IOException, SQLException {
        String url = Database.url(staging, key, false, "file:");
        try (Connection c = DriverManager.getConnection(url, "sa", key.h2Password())) {
            org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
            source.setURL(url);
            source.setUser("sa");
            source.setPassword(key.h2Password()); // Flyway's own (url, user, password) trims the "file user" password
            Flyway.configure().dataSource(source).locations(Database.MIGRATIONS).target(Integer.toString(version)).loggers("slf4j").load().migrate();
            List<Table> tables = tables(c);
            Set<String> expected = new LinkedHashSet<>();
            tables.forEach(t -> expected.add(FOLDER + t.name() + SUFFIX));
            for (Iterator<? extends ZipEntry> it = z.entries().asIterator(); it.hasNext();) {
                String name = it.next().getName();
                if (!name.equals(MANIFEST) && !expected.contains(name)) {
                    throw new Refused(Refused.Reason.DAMAGED, "unexpected entry " + name, null);
                }
            }
            c.setAutoCommit(false);
            for (Table table : tables) {
                ZipEntry entry = z.getEntry(FOLDER + table.name() + SUFFIX);
                if (entry == null) {
                    throw new Refused(Refused.Reason.DAMAGED, table.name(), 0, "no rows for table " + table.name(), null);
                }
                long rows = insertRows(zip, z, entry, c, table);
                String declared = manifest.getProperty("rows." + table.name());
                if (declared != null && !declared.trim().equals(Long.toString(rows))) {
                    // a table cut short that nothing else refers to would otherwise come in short
                    throw new Refused(Refused.Reason.DAMAGED, table.name(), 0, table.name() + ": the file says "
                            + declared + " rows, it holds " + rows, null);
                }
            }
            restartIdentities(c, tables);
            c.commit();
            DataCounts counts = FileProbe.count(c);
            try (Statement s = c.createStatement()) {
                s.execute(SHUTDOWN);
            }
            return counts;
        }
    }

    /** @return the rows inserted */
    private static long insertRows(Path zip, ZipFile z, ZipEntry entry, Connection c, Table table)
            throws IOException, SQLException {
        String sql = String.format(INSERT_ROW, quote(table.name()), columnList(table),
                String.join(", ", table.columns().stream().map(col -> "?").toList()));
        try (Reader in = new InputStreamReader(BoundedZip.open(zip, z, entry), StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(false).ofCsvRecord(in);
                PreparedStatement ps = c.prepareStatement(sql)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext() || !String.join(",", records.next().getFields()).equals(table.header())) {
                throw new Refused(Refused.Reason.DAMAGED, table.name(), 1, table.name() + ": columns are not "
                        + table.header(), null);
            }
            long rows = 0;
            List<Long> lines = new ArrayList<>(BATCH);
            while (records.hasNext()) {
                CsvRecord record = records.next();
                long line = record.getStartingLineNumber();
                if (record.getFieldCount() != table.columns().size()) {
                    throw new Refused(Refused.Reason.DAMAGED, table.name(), line, table.name() + " line " + line + ": "
                            + record.getFieldCount() + " cells, " + table.columns().size() + " columns", null);
                }
                try {
                    for (int i = 0; i < table.columns().size(); i++) {
                        table.columns().get(i).kind().bind(ps, i + 1, decode(record.getField(i)));
                    }
                } catch (RuntimeException e) {
                    throw new Refused(Refused.Reason.DAMAGED, table.name(), line, table.name() + " line " + line + ": "
                            + e.getMessage(), e);
                }
                ps.addBatch();
                lines.add(line);
                rows++;
                if (lines.size() == BATCH) {
                    execute(ps, table, lines);
                }
            }
            if (!lines.isEmpty()) {
                execute(ps, table, lines);
            }
            return rows;
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new Refused(Refused.Reason.DAMAGED, table.name(), 0, table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Runs a batch; a row the schema refuses is reported with its line in the file. */
    private static void execute(PreparedStatement ps, Table table, List<Long> lines) throws SQLException {
        try {
            ps.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            if (StorageFaults.isStorageFault(e)) {
                throw e;
            }
            int[] counts = e.getUpdateCounts();
            long line = 0;
            for (int i = 0; i < counts.length && i < lines.size(); i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    line = lines.get(i);
                    break;
                }
            }
            throw new Refused(Refused.Reason.DAMAGED, table.name(), line, table.name() + " line " + line
                    + ": refused by the schema: " + e.getMessage(), e);
        }
        lines.clear();
    }

    /** New rows after the import get ids above the imported ones. */
    private static void restartIdentities(Connection c, List<Table> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Table table : tables) {
                for (Column column : table.columns()) {
                    if (column.identity()) {
                        long next;
                        try (ResultSet rs = s.executeQuery(String.format(NEXT_ID, quote(column.name()),
                                quote(table.name())))) {
                            rs.next();
                            next = rs.getLong(1);
                        }
                        s.execute(String.format(RESTART_ID, quote(table.name()), quote(column.name()), next));
                    }
                }
            }
        }
    }
}
