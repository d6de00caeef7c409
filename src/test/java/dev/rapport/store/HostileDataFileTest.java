package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rapport.domain.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import-db with data files crafted the way an attacker (or a broken copy) would make them:
 * nothing in them runs, each is refused with its reason, and the folder is left without a
 * database and without a half-built copy, ready for the next try.
 */
class HostileDataFileTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private Path export;
    private Path target;
    private Path marker;

    @BeforeEach
    void aRealExport() {
        export = dir.resolve("export.zip");
        target = dir.resolve("new");
        marker = dir.resolve("pwned.csv");
        try (Database db = Database.open(dir.resolve("source"))) {
            addAccountWithContacts(db, "华为技术", "王建国", "Anna Müller");
            db.exportData(export);
        }
    }

    /** The export's entries, read back as text, for a test to change. */
    private Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                out.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private Path write(String name, Map<String, String> entries) throws IOException {
        Path zip = dir.resolve(name + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path changed(String name, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, String> all = entries(export);
        all.put(entry, change.apply(all.get(entry)));
        return write(name, all);
    }

    private static String table(String name) {
        return PortableData.FOLDER + name + PortableData.SUFFIX;
    }

    private Throwable importing(Path zip) {
        return catchThrowable(() -> Database.importData(target, zip, DatabaseKey.NONE).close());
    }

    private void assertNothingCreated() throws IOException {
        assertThat(marker).doesNotExist();
        assertThat(Database.file(target)).doesNotExist();
        assertThat(target.resolve(BackupArchive.STAGING)).as("not even an empty staging folder").doesNotExist();
        // and the folder takes the next, good import
        try (Database db = Database.importData(target, export, DatabaseKey.NONE)) {
            assertThat(db.counts()).isEqualTo(new dev.rapport.domain.DataCounts(1, 2));
        }
    }

    private static PortableData.Refused.Reason reason(Throwable t) {
        assertThat(t).isInstanceOf(PortableData.Refused.class);
        return ((PortableData.Refused) t).reason();
    }

    @Test
    void rapport10sSqlScriptIsNeverRunEvenWithALineAddedInFront() throws Exception {
        Path script = dir.resolve("script.zip");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + Database.stem(dir.resolve("source")).toAbsolutePath(), "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + script.toAbsolutePath() + "' COMPRESSION ZIP");
        }
        Map<String, String> entries = entries(script);
        String name = entries.keySet().iterator().next();
        entries.put(name, "CALL CSVWRITE('" + marker.toAbsolutePath() + "', 'SELECT 1');\n" + entries.get(name));
        Path evil = write("evil-script", entries);

        assertThat(reason(importing(evil))).isEqualTo(PortableData.Refused.Reason.SQL_SCRIPT);
        assertNothingCreated();
    }

    @Test
    void sqlInACellIsStoredAsTextAndNeverRun() throws Exception {
        String evil = "x'); CALL CSVWRITE('" + marker.toAbsolutePath() + "', 'SELECT 1'); --";
        Path zip = changed("cell", table("ACCOUNT"), rows -> rows.replace("华为技术", "\"" + evil.replace("\"", "\"\"") + "\""));

        try (Database db = Database.importData(target, zip, DatabaseKey.NONE)) {
            assertThat(new AccountRepository(db, CLOCK).findAll()).extracting(Account::name).containsExactly(evil);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aTableRapportDoesNotHaveIsRefused() throws Exception {
        Map<String, String> entries = entries(export);
        entries.put(table("EVIL"), "X\n1\n");
        assertThat(reason(importing(write("extra", entries)))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }

    @Test
    void aMissingTableIsRefused() throws Exception {
        Map<String, String> entries = entries(export);
        entries.remove(table("CONTACT"));
        assertThat(reason(importing(write("missing", entries)))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }

    @Test
    void columnsOtherThanTheSchemasAreRefused() throws Exception {
        Path zip = changed("columns", table("ACCOUNT"), rows -> rows.replaceFirst("NAME", "\"NAME\"\"); DROP TABLE X; --\""));
        assertThat(reason(importing(zip))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }

    @Test
    void aRowTheSchemasConstraintsRejectIsRefusedWithTheWholeImport() throws Exception {
        // a contact of an account that is not in the file: the foreign key refuses it
        Path zip = changed("orphan", table("CONTACT"), rows -> rows.replaceFirst("\n(\\d+),1,", "\n$1,999,"));
        assertThat(reason(importing(zip))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAtItsTableAndLine() throws Exception {
        Path zip = changed("type", table("ACCOUNT"), rows -> rows.replaceFirst("\n1,", "\nnot-a-number,"));
        Throwable refused = importing(zip);
        assertThat(reason(refused)).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertThat(((PortableData.Refused) refused).table()).isEqualTo("ACCOUNT");
        assertThat(((PortableData.Refused) refused).line()).isEqualTo(2);
        assertNothingCreated();
    }

    @Test
    void aRowTheSchemaRefusesIsReportedWithItsLine() throws Exception {
        // satisfaction 1..5: the CHECK constraint refuses 99 on the second data line
        Path source = dir.resolve("two");
        Path twoAccounts = dir.resolve("two.zip");
        try (Database db = Database.open(source)) {
            AccountRepository accounts = new AccountRepository(db, CLOCK);
            accounts.insert(Account.named("Siemens AG"));
            accounts.insert(Account.named("华为技术"));
            db.exportData(twoAccounts);
        }
        Map<String, String> entries = entries(twoAccounts);
        String rows = entries.get(table("ACCOUNT"));
        String[] lines = rows.split("\n", -1);
        List<String> header = List.of(lines[0].split(","));
        String[] third = lines[2].split(",", -1);
        third[header.indexOf("SATISFACTION")] = "99";
        lines[2] = String.join(",", third);
        entries.put(table("ACCOUNT"), String.join("\n", lines));

        Throwable refused = importing(write("check", entries));
        assertThat(reason(refused)).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertThat(((PortableData.Refused) refused).table()).isEqualTo("ACCOUNT");
        assertThat(((PortableData.Refused) refused).line()).isEqualTo(3);
        assertNothingCreated();
    }

    @Test
    void aTableCutShortIsRefusedEvenWhenNothingRefersToItsMissingRows() throws Exception {
        Map<String, String> entries = entries(export);
        String tags = entries.get(table("SETTING"));
        entries.put(PortableData.MANIFEST, entries.get(PortableData.MANIFEST).replaceFirst("rows.SETTING=\\d+",
                "rows.SETTING=3"));
        entries.put(table("SETTING"), tags);
        Throwable refused = importing(write("short", entries));
        assertThat(reason(refused)).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertThat(((PortableData.Refused) refused).table()).isEqualTo("SETTING");
        assertNothingCreated();
    }

    @Test
    void aFileFromANewerRapportIsRefusedAsSuch() throws Exception {
        Path zip = changed("newer", PortableData.MANIFEST,
                m -> m.replaceFirst("schema.version=\\d+", "schema.version=999"));
        assertThat(reason(importing(zip))).isEqualTo(PortableData.Refused.Reason.NEWER);
        assertNothingCreated();
    }

    @Test
    void aZipBombInATableIsStoppedBeforeItFillsTheDisk() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        Map<String, String> entries = entries(export);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                if (e.getKey().equals(table("ACCOUNT_TAG"))) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) { // 200 MiB in one cell, packed into about 200 KB
                        out.write(spaces);
                    }
                }
                out.closeEntry();
            }
        }
        Throwable thrown = importing(zip);
        assertThat(thrown).isInstanceOf(CannotOpenException.class);
        assertThat(((CannotOpenException) thrown).reason()).isEqualTo(CannotOpenException.Reason.TOO_LARGE);
        assertNothingCreated();
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws Exception {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip at all");
        assertThat(reason(importing(junk))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }

    @Test
    void cellsThatLookLikeTheNullMarkerRoundTrip() {
        for (String value : new String[] {"\\N", "\\", "\\\\N", "", "N", "\\x"}) {
            assertThat(PortableData.decode(PortableData.encode(value))).isEqualTo(value);
        }
        assertThat(PortableData.decode(PortableData.encode(null))).isNull();
    }

    @Test
    void aRapportBackupIsRecognisedAsABackupNotCalledDamaged() throws Exception {
        Path backup = dir.resolve("backup.zip");
        try (Database db = Database.open(dir.resolve("source"))) {
            BackupArchive.write(db, backup, DatabaseKey.NONE, "manual", CLOCK);
        }
        assertThat(reason(importing(backup))).isEqualTo(PortableData.Refused.Reason.BACKUP);
        assertNothingCreated();
    }

    @Test
    void aZipHoldingAnotherProgramsDatabaseIsNeitherOpenedNorTakenForAnSqlScript() throws Exception {
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + foreign.resolve("rapport").toAbsolutePath(), "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE INVOICE(ID INT PRIMARY KEY, TOTAL DECIMAL(10, 2))");
        }
        Path zip = dir.resolve("foreign.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("rapport.mv.db"));
            Files.copy(foreign.resolve("rapport.mv.db"), out);
            out.closeEntry();
        }
        assertThat(reason(importing(zip))).isEqualTo(PortableData.Refused.Reason.DATABASE);
        assertNothingCreated();
    }

    @Test
    void aZipOfOneFileThatIsNoScriptIsNotCalledAnSqlScript() throws Exception {
        Path zip = write("photo", Map.of("holiday.jpg", "not really a picture"));
        assertThat(reason(importing(zip))).isEqualTo(PortableData.Refused.Reason.DAMAGED);
        assertNothingCreated();
    }
}
