package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static dev.rapport.store.EncryptionTest.names;
import static dev.rapport.store.EncryptionTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file is reported, never "repaired" in place and never replaced by an empty database. */
class DamagedFileTest {
    @TempDir
    Path dir;

    private Path goodDatabase() {
        Path good = dir.resolve("good");
        try (Database db = Database.open(good)) {
            for (int i = 0; i < 30; i++) {
                addAccountWithContacts(db, "华为技术 " + i, "王建国 " + i, "Anna Müller " + i);
            }
        }
        return Database.file(good);
    }

    @Test
    void aTruncatedFileIsReportedAndLeftAsItWas() throws Exception {
        Path good = goodDatabase();
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path file = Database.file(data);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(good), 3000));
        String before = sha256(file);
        List<String> filesBefore = names(data);

        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(CannotOpenException.class)
                .extracting(e -> ((CannotOpenException) e).reason()).isEqualTo(CannotOpenException.Reason.DAMAGED);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(names(data)).isEqualTo(filesBefore);
    }

    @Test
    void flippedBytesNeverHangAndAFileThatFailsIsLeftAsItWas() throws Exception {
        Path good = goodDatabase();
        Random random = new Random(7);
        int refused = 0;
        for (int round = 0; round < 12; round++) {
            Path data = dir.resolve("flip" + round);
            Files.createDirectories(data);
            Path file = Database.file(data);
            Files.copy(good, file, StandardCopyOption.REPLACE_EXISTING);
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < 40; i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Files.write(file, bytes);
            String before = sha256(file);
            boolean opened = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
                try (Database db = Database.open(data)) {
                    return true;
                } catch (CannotOpenException e) {
                    return false;
                }
            });
            if (!opened) {
                refused++;
                assertThat(sha256(file)).as("round %d", round).isEqualTo(before);
            }
        }
        assertThat(refused).as("flips in the headers and chunks are noticed").isPositive();
    }

    @Test
    void anOpenThatTakesTooLongIsGivenUpInsteadOfHanging() {
        goodDatabase();
        Path data = dir.resolve("good");
        // the read holds the file open and never finishes on its own: a real open under a 1 ns limit
        // sometimes finished before the limit was checked on a busy machine, so the test flaked
        assertThatThrownBy(() -> FileProbe.open(Database.stem(data), DatabaseKey.NONE, Duration.ofMillis(200), c -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            }
            return null;
        }))
                .isInstanceOf(CannotOpenException.class)
                .extracting(e -> ((CannotOpenException) e).reason()).isEqualTo(CannotOpenException.Reason.TIMED_OUT);
        try (Database db = Database.open(data)) { // and the lock was released
            assertThat(db.counts().accounts()).isEqualTo(30);
        }
    }
}
