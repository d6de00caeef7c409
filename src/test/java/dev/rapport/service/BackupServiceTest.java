package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.BackupRotation;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.MachinePreferencesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-22T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void backsUpAtMostOnceADayAndThinsOutOldBackups() throws Exception {
        MovingClock clock = new MovingClock();
        Path data = dir.resolve("data");
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(data));
        try (Database db = Database.open(data)) {
            BackupService backups = new BackupService(db, DatabaseKey.NONE, settings, clock, new BackupRotation(3, 0, 0));
            assertThat(backups.backupIfDue()).isPresent();
            clock.now = clock.now.plus(Duration.ofHours(5));
            assertThat(backups.backupIfDue()).as("not again on the same day").isEmpty();

            for (int day = 0; day < 6; day++) {
                clock.now = clock.now.plus(Duration.ofHours(25));
                assertThat(backups.backupIfDue()).isPresent();
            }
            assertThat(backups.list()).hasSize(3);
            assertThat(backups.list().get(0).created()).isEqualTo(clock.now);
        }
    }

    @Test
    void aBackupTidiesAwayCopiesThatAKilledBackupLeftHalfWritten() throws Exception {
        MovingClock clock = new MovingClock();
        Path data = dir.resolve("data");
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(data));
        Path folder = data.resolve("backups");
        Files.createDirectories(folder);
        Path old = Files.writeString(folder.resolve("rapport-20261120-101500.zip.tmp.tmp"), "half a copy");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(clock.now.minus(Duration.ofHours(3))));
        Path fresh = Files.writeString(folder.resolve("rapport-20261122-085959.zip.tmp"), "being written now");
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(clock.now.minus(Duration.ofMinutes(1))));
        Path check = Files.createDirectories(folder.resolve(".verify-123456"));
        Files.writeString(check.resolve("rapport.mv.db"), "a full copy of a plain database");
        Files.setLastModifiedTime(check, java.nio.file.attribute.FileTime.from(clock.now.minus(Duration.ofHours(3))));
        try (Database db = Database.open(data)) {
            BackupService backups = new BackupService(db, DatabaseKey.NONE, settings, clock);
            backups.backupNow();
            assertThat(backups.list()).hasSize(1);
        }
        assertThat(old).as("an hour old: left by a killed backup").doesNotExist();
        assertThat(check).as("left by a killed check of Rapport 1.0").doesNotExist();
        assertThat(fresh).as("a minute old: maybe being written by another thread").exists();
    }

    @Test
    void backupsGoToTheFolderTheUserChose() throws Exception {
        Path data = dir.resolve("data");
        Path stick = dir.resolve("usb-stick");
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(data));
        try (Database db = Database.open(data)) {
            BackupService backups = new BackupService(db, DatabaseKey.NONE, settings, Clock.systemUTC());
            backups.setFolder(stick);
            backups.backupNow();
            assertThat(backups.folder()).isEqualTo(stick.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(stick)) {
            assertThat(files).hasSize(1);
        }
        // remembered across restarts
        assertThat(BackupService.folder(data, new MachinePreferencesService(MachinePreferencesFile.load(data))))
                .isEqualTo(stick.toAbsolutePath());
    }
}
