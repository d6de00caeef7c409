package dev.rapport.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

/**
 * Decides whether a database file from outside (a backup someone sent, a copy of another folder)
 * holds Rapport's schema and nothing else, <em>without letting H2 open it</em>.
 *
 * <p>Why not simply open it read-only and look: when H2 opens a database it executes every
 * statement stored in the file's own schema table, as an administrator. A crafted file can store
 * any statement there: a constant whose value calls FILE_WRITE, a trigger or function whose Java
 * source H2 compiles and runs, a linked table that connects elsewhere, a view that runs code the
 * first time anything counts its rows. So the schema table is read here straight from the file's
 * storage (H2's MVStore, the way H2's own Recover tool reads it), and compared statement by
 * statement with what Rapport's own migrations create. Only a file that passes is ever opened.
 */
final class SchemaCheck {
    /** H2's names for objects it names itself; they differ from file to file and carry no code. */
    private static final Pattern[] GENERATED_NAMES = {
        Pattern.compile("\"SYSTEM_SEQUENCE_[0-9A-F]{8}_[0-9A-F]{4}_[0-9A-F]{4}_[0-9A-F]{4}_[0-9A-F]{12}\""),
        Pattern.compile("\"PRIMARY_KEY_[0-9A-F]{1,8}\""),
        Pattern.compile("\"CONSTRAINT_INDEX_[0-9A-F]{1,8}\""),
        Pattern.compile("\"CONSTRAINT_[0-9A-F]{1,8}\""),
        Pattern.compile("\"([A-Z][A-Z0-9_]*)_INDEX_[0-9A-F]{1,8}\""),
    };
    private static final Pattern RESTART = Pattern.compile(" RESTART WITH \\d{1,19}(?= BELONGS_TO_TABLE$)");
    /**
     * A column's selectivity, which H2's automatic ANALYZE writes into a table's statement once
     * about 2,000 rows changed: a statistic, no code, and without this every backup of a grown
     * database was refused as not Rapport's.
     */
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY \\d{1,3}(?=[ ,\n)])");
    /** Rapport's two users, SA and RAPPORT: their salts and password hashes differ from file to file. */
    private static final Pattern USER = Pattern.compile(
            "CREATE USER IF NOT EXISTS (\"SA\"|\"RAPPORT\") SALT '[0-9a-f]{16}' HASH '[0-9a-f]{64}'( ADMIN)?");
    /**
     * The settings an H2 file of Rapport's carries: the build that created it, and the URL's write
     * delay and retention time (numbers H2 stores with the file; no code).
     */
    private static final Pattern SETTING = Pattern.compile("SET (CREATE_BUILD|WRITE_DELAY|RETENTION_TIME) \\d{1,10}");
    private static final int META_TABLE = 0;

    private SchemaCheck() {
    }

    /** One statement of a file's schema table, as H2 would execute it when opening the file. */
    record Statement(int objectType, String sql) {
        /** The statement with the names H2 generates, and the sequences' positions, made neutral. */
        String normalized() {
            java.util.regex.Matcher user = USER.matcher(sql);
            if (user.matches()) {
                return "CREATE USER " + user.group(1) + (user.group(2) == null ? "" : user.group(2));
            }
            String s = SELECTIVITY.matcher(RESTART.matcher(sql).replaceAll("")).replaceAll("");
            for (Pattern p : GENERATED_NAMES) {
                s = p.matcher(s).replaceAll("\"#GENERATED#\"");
            }
            return s;
        }

        boolean isSetting() {
            return objectType == org.h2.engine.DbObject.SETTING;
        }
    }

    /**
     * Reads the statements H2 would execute when opening the file, without executing any.
     *
     * @param key the file's key ({@link DatabaseKey#NONE} for a plain file)
     * @throws RuntimeException when the file cannot be read as an H2 database with that key
     */
    static List<Statement> statements(Path mvFile, DatabaseKey key) {
        return statements(mvFile.toAbsolutePath().toString(), key);
    }

    /** The same for a file named the way H2 names files: a path, or a path with a file-system prefix. */
    static List<Statement> statements(String mvFile, DatabaseKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(mvFile).readOnly();
        char[] password = key.filePassword();
        if (password != null) {
            builder.encryptionKey(password);
        }
        try (MVStore store = builder.open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            String map = "table." + META_TABLE;
            if (!store.hasMap(map)) {
                return List.of();
            }
            TransactionMap<Long, Row> meta = transactions.begin().openMap(map);
            List<Statement> out = new ArrayList<>();
            for (Iterator<Long> ids = meta.keyIterator(null); ids.hasNext();) {
                Row row = meta.get(ids.next());
                if (row != null) {
                    MetaRecord record = new MetaRecord(row);
                    out.add(new Statement(record.getObjectType(), record.getSQL()));
                }
            }
            return out;
        }
    }

    /**
     * The statements of the file that Rapport's schema at any bundled version does not account
     * for: empty when the file holds exactly one version of Rapport's schema.
     *
     * @return the version the file's schema matches, or -1 with the foreign statements listed
     */
    static Match match(List<Statement> found, ReferenceSchema reference) {
        List<String> tables = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (Statement s : found) {
            if (s.isSetting()) {
                if (!SETTING.matcher(s.sql()).matches()) {
                    foreign.add(s.sql());
                }
            } else {
                tables.add(s.normalized());
            }
        }
        if (!foreign.isEmpty()) {
            return new Match(-1, foreign, false);
        }
        boolean partOfOne = false;
        List<String> unexplained = List.of();
        for (int version = reference.newest(); version >= 1; version--) {
            ReferenceSchema.Difference d = reference.difference(version, tables);
            if (d.none()) {
                return new Match(version, List.of(), false);
            }
            partOfOne |= d.extra().isEmpty();
            if (version == reference.newest()) {
                unexplained = new ArrayList<>(d.extra());
                unexplained.addAll(d.missing());
            }
        }
        return new Match(-1, unexplained, partOfOne);
    }

    /**
     * Which schema version a file matches (-1: none), and what did not match the newest. A file
     * that holds nothing but part of one version's statements lost the rest: damaged, not foreign.
     */
    record Match(int version, List<String> unexplained, boolean truncated) {
        boolean matches() {
            return version > 0;
        }
    }
}
