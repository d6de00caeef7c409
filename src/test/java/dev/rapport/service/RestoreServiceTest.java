package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.MachinePreferencesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app offers when the database file is damaged at start. */
class RestoreServiceTest {
    @TempDir
    Path data;

    @Test
    void aDamagedFileIsReplacedByTheNewestGoodBackupAndKeptItself() throws Exception {
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(data));
        try (Database db = Database.open(data)) {
            new AccountRepository(db, Clock.systemUTC()).insert(Account.named("华为技术"));
            new BackupService(db, DatabaseKey.NONE, settings, Clock.systemUTC()).backupNow();
        }
        Path file = Database.file(data);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 2500));
        RestoreService restore = new RestoreService(data, settings, Clock.systemUTC());

        Backup newest = restore.newestBackup().orElseThrow();
        assertThat(restore.restore(newest.file(), DatabaseKey.NONE)).get()
                .satisfies(kept -> assertThat(kept.countsKnown()).as("the damaged file, kept").isFalse());
        // the kept damaged copy is never offered as "the newest backup"
        assertThat(restore.newestBackup()).get().isEqualTo(newest);
        try (Database db = Database.open(data)) {
            assertThat(db.counts().accounts()).isEqualTo(1);
        }
    }

    private static String refusal(RestoreService restore, Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> restore.restore(file, DatabaseKey.NONE));
        assertThat(thrown).isInstanceOf(SafetyException.class);
        return ((SafetyException) thrown).messageKey();
    }

    @Test
    void theWindowsRestoreOfADataFileSaysItIsOneAndChangesNothing(@TempDir Path elsewhere) throws Exception {
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(data));
        try (Database db = Database.open(data)) {
            new AccountRepository(db, Clock.systemUTC()).insert(Account.named("华为技术"));
        }
        Path export = elsewhere.resolve("export.zip");
        try (Database other = Database.open(elsewhere.resolve("other"))) {
            new AccountRepository(other, Clock.systemUTC()).insert(Account.named("Siemens AG"));
            other.exportData(export);
        }
        byte[] before = Files.readAllBytes(Database.file(data));
        RestoreService restore = new RestoreService(data, settings, Clock.systemUTC());

        assertThat(refusal(restore, export)).isEqualTo("safety.error.dataFileNotBackup");
        Path photos = elsewhere.resolve("photos.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(photos))) {
            out.putNextEntry(new java.util.zip.ZipEntry("holiday.jpg"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        assertThat(refusal(restore, photos)).isEqualTo("safety.error.notBackup");

        assertThat(Files.readAllBytes(Database.file(data))).isEqualTo(before);
        assertThat(BackupService.list(BackupService.folder(data, settings))).isEmpty();
        try (Database db = Database.open(data)) {
            assertThat(new AccountRepository(db, Clock.systemUTC()).findAll()).extracting(Account::name)
                    .containsExactly("华为技术");
        }
    }
}
