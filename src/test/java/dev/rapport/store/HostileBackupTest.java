package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups crafted the way an attacker would send them. Each must be refused with a clear reason
 * before H2 opens it: nothing written outside the data folder, no code run, the folder's own
 * database exactly as it was, and no copy left behind.
 */
class HostileBackupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path data;
    private Path marker;

    @BeforeEach
    void aFolderWithItsOwnData() {
        data = dir.resolve("data");
        marker = dir.resolve("pwned.txt");
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国");
        }
    }

    /** A real Rapport database, changed with SQL as an attacker with H2 on their machine would. */
    private Path crafted(String name, String... sql) throws Exception {
        Path source = dir.resolve(name);
        try (Database db = Database.open(source)) {
            addAccountWithContacts(db, "Evil Corp", "Mallory");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + Database.stem(source).toAbsolutePath(), "sa", "");
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        return zip(name, Database.file(source));
    }

    private Path zip(String name, Path mvFile) throws IOException {
        Path zip = dir.resolve(name + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupArchive.DB_ENTRY));
            Files.copy(mvFile, out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(BackupArchive.INFO_ENTRY));
            out.write(("created=2026-12-01T10:00:00Z\naccounts=1\ncontacts=1\nencrypted=false\nkind=regular\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
        return zip;
    }

    private String quoted(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private CannotOpenException.Reason refusal(Path zip) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> BackupArchive.restore(data, zip,
                DatabaseKey.NONE, data.resolve("backups"), data.resolve("backups/before.zip"), CLOCK));
        assertThat(thrown).isInstanceOf(CannotOpenException.class);
        return ((CannotOpenException) thrown).reason();
    }

    private void assertFolderUntouched() throws IOException {
        assertThat(marker).doesNotExist();
        try (Database db = Database.open(data)) {
            assertThat(new AccountRepository(db, CLOCK).findAll())
                    .extracting(a -> a.name()).containsExactly("华为技术");
        }
        assertThat(data.resolve(BackupArchive.STAGING)).satisfies(s -> {
            if (Files.exists(s)) {
                try (Stream<Path> left = Files.list(s)) {
                    assertThat(left).isEmpty();
                }
            }
        });
        assertThat(data.resolve("backups/before.zip")).doesNotExist();
    }

    @Test
    void aViewThatWritesAFileWhenCountedIsRefusedBeforeAnythingCountsIt() throws Exception {
        Path zip = crafted("view",
                "ALTER TABLE ACCOUNT RENAME TO ACCOUNT_REAL",
                "CREATE VIEW ACCOUNT AS SELECT * FROM ACCOUNT_REAL WHERE FILE_WRITE('pwned', " + quoted(marker)
                        + ") IS NOT NULL");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aTriggerWhoseJavaSourceRunsWhenTheFileOpensIsRefusedWithoutOpeningIt() throws Exception {
        String body = "org.h2.api.Trigger create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of("
                + "\"" + marker.toAbsolutePath().toString().replace("\\", "\\\\") + "\"), \"pwned\"); }"
                + " catch (Exception e) { } return new org.h2.api.Trigger() { public void fire(java.sql.Connection c,"
                + " Object[] o, Object[] n) { } }; }";
        Path zip = crafted("trigger", "CREATE TRIGGER EVIL BEFORE INSERT ON ACCOUNT AS $$" + body + "$$");
        Files.deleteIfExists(marker); // creating the trigger ran it on the attacker's side already

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aFunctionAliasToNativeCodeAndAConstantAreRefused() throws Exception {
        Path zip = crafted("alias",
                "CREATE FORCE ALIAS LOAD_LIBRARY FOR 'java.lang.System.load'",
                "CREATE CONSTANT EVIL VALUE 1");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aCheckConstraintOrDefaultThatCallsAFileFunctionIsRefused() throws Exception {
        Path zip = crafted("default",
                "ALTER TABLE ACCOUNT ALTER COLUMN OWNER SET DEFAULT FILE_WRITE('x', " + quoted(marker) + ")");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aLinkedTableIsRefused() throws Exception {
        Path zip = crafted("linked",
                "CREATE FORCE LINKED TABLE ELSEWHERE('org.h2.Driver', 'jdbc:h2:mem:other', 'sa', '', "
                        + "'(SELECT 1 AS X)')");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aHarmlessForeignH2DatabaseIsRefusedAndTheFolderStillWorks() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("rapport").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ACCOUNT(ID INT PRIMARY KEY, NAME VARCHAR(100), DELETED_AT TIMESTAMP)");
            s.execute("INSERT INTO ACCOUNT VALUES (1, 'x', NULL)");
        }
        Path zip = zip("foreign", other.resolve("rapport.mv.db"));

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aBackupThatLostPartOfRapportsSchemaIsDamagedNotForeign() throws Exception {
        Path zip = crafted("lost", "DROP TABLE ACCOUNT_TAG");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.DAMAGED);
        assertFolderUntouched();
    }

    @Test
    void aMigrationHistoryThatIsNotRapportsIsRefused() throws Exception {
        Path zip = crafted("history", "UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
        assertFolderUntouched();
    }

    @Test
    void aBackupOfAnOlderSchemaVersionIsStillAccepted() throws Exception {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        String url = "jdbc:h2:file:" + Database.stem(old).toAbsolutePath() + ";WRITE_DELAY=0";
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("5")
                .load().migrate();
        Path zip = zip("old", Database.file(old));

        BackupArchive.restore(data, zip, DatabaseKey.NONE, data.resolve("backups"), data.resolve("backups/before.zip"),
                CLOCK);

        try (Database db = Database.open(data)) { // migrated to the newest version on open
            assertThat(db.counts().accounts()).isZero();
        }
        assertThat(data.resolve("backups/before.zip")).exists();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupArchive.DB_ENTRY));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) { // 200 MiB of zeros pack into about 200 KB
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.TOO_LARGE);
        assertFolderUntouched();
    }

    @Test
    void anEntryThatUnpacksToMoreThanItDeclaresIsStoppedWhileReading() throws Exception {
        Path zip = dir.resolve("liar.zip");
        int real = 20 << 20;
        int claimed = 1000;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupArchive.DB_ENTRY));
            out.write(new byte[real]);
            out.closeEntry();
        }
        rewriteDeclaredSize(zip, real, claimed);

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.TOO_LARGE);
        assertFolderUntouched();
    }

    /** Changes the uncompressed size recorded in the zip's central directory (what ZipFile believes). */
    private static void rewriteDeclaredSize(Path zip, int real, int claimed) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        boolean changed = false;
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getInt(i + 24) == real) {
                b.putInt(i + 24, claimed);
                changed = true;
            }
        }
        assertThat(changed).isTrue();
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(bytes);
        }
    }

    @Test
    void aRealBackupStillRestores() throws Exception {
        Path zip = dir.resolve("real.zip");
        Path other = dir.resolve("other-folder");
        try (Database db = Database.open(other)) {
            addAccountWithContacts(db, "Siemens AG", "Anna Müller");
            BackupArchive.write(db, zip, DatabaseKey.NONE, "regular", CLOCK);
        }

        BackupArchive.restore(data, zip, DatabaseKey.NONE, data.resolve("backups"), data.resolve("backups/before.zip"),
                CLOCK);

        try (Database db = Database.open(data)) {
            assertThat(new AccountRepository(db, CLOCK).findAll())
                    .extracting(a -> a.name()).containsExactly("Siemens AG");
        }
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    @Test
    void noTemporarySaltFileIsWrittenWhenReadingAnEncryptedBackupsKey() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (Stream<Path> files = Files.list(tmp)) {
            before = files.filter(p -> p.getFileName().toString().startsWith("rapport-salt")).count();
        }
        Path enc = dir.resolve("enc");
        Path zip = dir.resolve("enc.zip");
        DatabaseKey key = DatabaseKey.fromPassword(enc, "correct horse".toCharArray());
        try (Database db = Database.open(enc, key)) {
            BackupArchive.write(db, zip, key, "regular", CLOCK);
        }

        assertThat(BackupArchive.keyFor(zip, "correct horse".toCharArray()).encrypts()).isTrue();

        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("rapport-salt")).count())
                    .isEqualTo(before);
        }
    }

    @Test
    void whatAKilledCheckLeftInTheStagingAreaIsRemovedWhenTheFolderOpens() throws Exception {
        Path left = data.resolve(BackupArchive.STAGING).resolve("verify-123");
        Files.createDirectories(left);
        Files.writeString(left.resolve("rapport.mv.db"), "a full copy of the customers' data");

        try (Database db = Database.open(data)) {
            assertThat(db.counts().accounts()).isEqualTo(1);
        }

        assertThat(data.resolve(BackupArchive.STAGING)).doesNotExist();
    }

    @Test
    void theCheckNeverOpensTheFileWithH2() throws SQLException, Exception {
        // a file whose schema table holds an unknown statement type: H2 would fail (or worse) on it
        Path zip = crafted("sequence", "CREATE SEQUENCE EXTRA_SEQ");
        assertThatThrownBy(() -> ForeignFile.check(unzipped(zip), DatabaseKey.NONE, FileProbe.DEFAULT_TIMEOUT))
                .isInstanceOf(CannotOpenException.class)
                .extracting(e -> ((CannotOpenException) e).reason()).isEqualTo(CannotOpenException.Reason.NOT_RAPPORT);
    }

    private Path unzipped(Path zip) throws IOException {
        Path target = dir.resolve("unzipped").resolve(Database.FILE_STEM + Database.FILE_SUFFIX);
        Files.createDirectories(target.getParent());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            Files.copy(z.getInputStream(z.getEntry(BackupArchive.DB_ENTRY)), target);
        }
        return target;
    }

    @Test
    void aDataFileFromExportDbIsRecognisedAsOneAndNotRestored() throws Exception {
        Path export = dir.resolve("export.zip");
        try (Database db = Database.open(dir.resolve("other"))) {
            addAccountWithContacts(db, "Evil Corp", "Mallory");
            db.exportData(export);
        }

        assertThat(refusal(export)).isEqualTo(CannotOpenException.Reason.DATA_FILE);
        assertFolderUntouched();
    }

    @Test
    void aZipOfOtherFilesIsNotARapportBackup() throws Exception {
        Path zip = dir.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("holiday.jpg"));
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            out.closeEntry();
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(refusal(zip)).isEqualTo(CannotOpenException.Reason.NOT_A_BACKUP);
        assertFolderUntouched();
    }
}
