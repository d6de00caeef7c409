package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.PreferencesFile;
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
        SettingsService settings = new SettingsService(PreferencesFile.load(data));
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
}
