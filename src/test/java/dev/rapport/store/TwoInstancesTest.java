package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Rapports on one folder: exactly one opens it, and a killed one leaves no stale lock. */
class TwoInstancesTest {
    @TempDir
    Path root;

    private static Process child(Path dir, Path gun, long holdMillis) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Drapport.test=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), LockChild.class.getName(),
                dir.toString(), gun.toString(), Long.toString(holdMillis)));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader out(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void twoInstancesStartedAtOnceOpenTheFolderExactlyOnce() throws Exception {
        Path dir = root.resolve("data");
        Path gun = root.resolve("go");
        for (int round = 0; round < 3; round++) {
            Process a = child(dir, gun, 4_000);
            Process b = child(dir, gun, 4_000);
            BufferedReader ra = out(a);
            BufferedReader rb = out(b);
            assertThat(ra.readLine()).isEqualTo("READY");
            assertThat(rb.readLine()).isEqualTo("READY");
            Files.writeString(gun, "go");
            List<String> answers = List.of(ra.readLine(), rb.readLine());
            assertThat(answers).as("round %d", round).containsExactlyInAnyOrder("OPEN", "BUSY");
            a.destroyForcibly();
            b.destroyForcibly();
            a.waitFor(10, TimeUnit.SECONDS);
            b.waitFor(10, TimeUnit.SECONDS);
            Files.delete(gun);
        }
    }

    @Test
    void aKilledInstanceLeavesNoStaleLock() throws Exception {
        Path dir = root.resolve("data");
        Path gun = root.resolve("go");
        Files.writeString(gun, "go");
        Process holder = child(dir, gun, 60_000);
        BufferedReader r = out(holder);
        assertThat(r.readLine()).isEqualTo("READY");
        assertThat(r.readLine()).isEqualTo("OPEN");
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(AlreadyOpenException.class);

        holder.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to clean up
        assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.exists(dir.resolve(DataFolderLock.FILE_NAME))).as("the lock file stays, harmless").isTrue();
        try (Database db = Database.open(dir)) {
            assertThat(db.counts()).isNotNull();
        }
    }

    @Test
    void aDeletedLockFileDoesNotMakeTheRunningInstancesDatabaseLookDamaged() throws Exception {
        Path dir = root.resolve("data");
        Path gun = root.resolve("go");
        Files.writeString(gun, "go");
        Process holder = child(dir, gun, 60_000);
        try {
            BufferedReader r = out(holder);
            assertThat(r.readLine()).isEqualTo("READY");
            assertThat(r.readLine()).isEqualTo("OPEN");
            // someone tidies the folder: the lock file goes, the other Rapport still has H2's lock on the file
            Files.delete(dir.resolve(DataFolderLock.FILE_NAME));
            byte[] before = Files.readAllBytes(Database.file(dir));

            assertThatThrownBy(() -> Database.open(dir)).as("H2's 'database may be already in use' is not damage")
                    .isInstanceOf(AlreadyOpenException.class);
            Path backup = root.resolve("backup.zip");
            try (Database other = Database.open(root.resolve("other"))) {
                BackupArchive.write(other, backup, DatabaseKey.NONE, "regular", java.time.Clock.systemUTC());
            }
            assertThatThrownBy(() -> BackupArchive.restore(dir, backup, DatabaseKey.NONE, root.resolve("kept"),
                    root.resolve("kept/before.zip"), java.time.Clock.systemUTC()))
                    .as("a restore never swaps the file under the running Rapport").isInstanceOf(AlreadyOpenException.class);
            assertThatThrownBy(() -> FileEncryption.change(dir, DatabaseKey.NONE,
                    DatabaseKey.fromPassword(root.resolve("salt"), "correct horse".toCharArray())))
                    .isInstanceOf(AlreadyOpenException.class);
            assertThat(Files.readAllBytes(Database.file(dir))).isEqualTo(before);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
