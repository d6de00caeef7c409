package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupArchiveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static void addAccountWithContacts(Database db, String name, String... people) {
        AccountRepository accounts = new AccountRepository(db, CLOCK);
        ContactRepository contacts = new ContactRepository(db, CLOCK);
        db.inTransaction(() -> {
            long id = accounts.insert(Account.named(name)).id();
            for (String p : people) {
                contacts.insert(Contact.named(p, id));
            }
        });
    }

    @Test
    void aBackupIsVerifiedAndRecordsWhatItHolds() throws Exception {
        Path data = dir.resolve("data");
        Path zip = dir.resolve("b/backup.zip");
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国", "Anna Müller");
            BackupArchive.Info info = BackupArchive.write(db, zip, DatabaseKey.NONE, "regular", CLOCK);

            assertThat(info.accounts()).isEqualTo(1);
            assertThat(info.contacts()).isEqualTo(2);
            assertThat(info.created()).isEqualTo(CLOCK.instant());
            assertThat(info.encrypted()).isFalse();
        }
        assertThat(BackupArchive.read(zip)).get().extracting(BackupArchive.Info::contacts).isEqualTo(2);
        assertThat(Files.list(zip.getParent())).containsExactly(zip); // no temporary file left
    }

    @Test
    void restoreBringsBackTheBackedUpDataAndKeepsTheReplacedDatabase() {
        Path data = dir.resolve("data");
        Path zip = dir.resolve("backup.zip");
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国");
            BackupArchive.write(db, zip, DatabaseKey.NONE, "regular", CLOCK);
            addAccountWithContacts(db, "Siemens AG", "Anna Müller", "Jörg Weber");
        }
        Path kept = dir.resolve("backups/before.zip");
        Optional<BackupArchive.Info> before = BackupArchive.restore(data, zip, DatabaseKey.NONE, kept.getParent(), kept,
                CLOCK);

        assertThat(before).get().extracting(BackupArchive.Info::accounts, BackupArchive.Info::contacts)
                .containsExactly(2, 3);
        try (Database db = Database.open(data)) {
            assertThat(db.counts().accounts()).isEqualTo(1);
            assertThat(new AccountRepository(db, CLOCK).findAll()).extracting(Account::name).containsExactly("华为技术");
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseStaysAsItWas() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国");
        }
        Path junk = dir.resolve("junk.zip");
        Files.write(junk, new byte[] {1, 2, 3});
        byte[] before = Files.readAllBytes(Database.file(data));

        assertThatThrownBy(() -> BackupArchive.restore(data, junk, DatabaseKey.NONE, dir, dir.resolve("k.zip"), CLOCK))
                .isInstanceOf(CannotOpenException.class);
        assertThat(Files.readAllBytes(Database.file(data))).isEqualTo(before);
    }

    @Test
    void theDataExportImportsIntoAnEmptyFolder() {
        Path script = dir.resolve("export.zip");
        try (Database db = Database.open(dir.resolve("old"))) {
            addAccountWithContacts(db, "华为技术", "王建国", "李娜");
            db.exportData(script);
        }
        try (Database db = Database.importData(dir.resolve("new"), script, DatabaseKey.NONE)) {
            assertThat(db.counts()).isEqualTo(new dev.rapport.domain.DataCounts(1, 2));
            addAccountWithContacts(db, "Siemens AG", "Anna Müller"); // identities continue after the import
            assertThat(db.counts().contacts()).isEqualTo(3);
        }
        assertThatThrownBy(() -> Database.importData(dir.resolve("new"), script, DatabaseKey.NONE))
                .isInstanceOf(IllegalStateException.class);
    }

    /** H2's automatic ANALYZE writes column selectivities into the schema once about 2,000 rows changed. */
    @Test
    void aDatabaseThatGrewPastH2sAutomaticAnalyzeStillBacksUp() throws Exception {
        Path data = dir.resolve("data");
        Path zip = dir.resolve("b/backup.zip");
        String[] people = new String[2_500];
        for (int i = 0; i < people.length; i++) {
            people[i] = "王建国 " + i;
        }
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", people);
            addAccountWithContacts(db, "Siemens AG", "Anna Müller"); // the analyze runs on a later statement
            BackupArchive.Info info = BackupArchive.write(db, zip, DatabaseKey.NONE, "regular", CLOCK);
            assertThat(info.contacts()).isEqualTo(2_501);
        }
    }
}
