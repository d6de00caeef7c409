package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.domain.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only folder, on a real (tiny, loop-mounted) file system: the failing
 * write is reported as a storage fault, and everything confirmed before is there once the disk
 * has room (or is writable) again. Needs root and mount; skipped elsewhere.
 */
class DiskFullTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    private Path mountPoint;

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Account withNotes(String name, String notes) {
        Account a = Account.named(name);
        return new Account(null, a.name(), a.partyType(), a.tier(), a.stage(), a.level(), null, "", "", "", "",
                null, null, null, null, "", java.util.List.of(), notes, null, null);
    }

    @BeforeEach
    void mountTinyFileSystem() {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to loop-mount a small file system");
        Path image = tmp.resolve("disk.img");
        mountPoint = tmp.resolve("mnt");
        boolean mounted = run("truncate", "-s", "3M", image.toString())
                && run("mkfs.ext2", "-q", "-F", "-m", "0", image.toString())
                && mountPoint.toFile().mkdirs()
                && run("mount", "-o", "loop", image.toString(), mountPoint.toString());
        if (!mounted) {
            mountPoint = null;
        }
        assumeTrue(mounted, "mount -o loop of an ext2 image is not possible here");
    }

    @AfterEach
    void unmount() {
        if (mountPoint != null) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    @Test
    void aFullDiskFailsTheWriteClearlyAndKeepsEverythingSavedBefore() throws Exception {
        Path data = mountPoint.resolve("data");
        List<Long> confirmed = new ArrayList<>();
        StorageFullException failure = null;
        String note = "x".repeat(20_000); // big rows fill the disk quickly
        try (Database db = Database.open(data)) {
            AccountRepository accounts = new AccountRepository(db, CLOCK);
            // leave little room: a filler file takes most of the free space
            long free = Files.getFileStore(mountPoint).getUsableSpace();
            Files.write(mountPoint.resolve("filler"), new byte[(int) Math.max(0, free - 400_000)]);
            for (int i = 0; i < 2000 && failure == null; i++) {
                try {
                    confirmed.add(accounts.insert(withNotes("华为技术 " + i, note)).id());
                } catch (StorageFullException e) {
                    failure = e;
                }
            }
        } catch (RuntimeException closingOnAFullDisk) {
            // closing may fail too; what matters is what the file holds afterwards
        }
        assertThat(failure).as("a write failed with a storage fault").isNotNull();
        assertThat(dev.rapport.domain.KnownProblem.in(new RuntimeException(failure)))
                .get().extracting(dev.rapport.domain.KnownProblem::messageKey).isEqualTo("safety.error.diskFull");
        assertThat(confirmed).isNotEmpty();

        Files.delete(mountPoint.resolve("filler")); // space is back
        try (Database db = Database.open(data)) {
            List<Long> present = new AccountRepository(db, CLOCK).findAll().stream().map(Account::id).toList();
            // every confirmed write is there, and the one that failed is not
            assertThat(present).containsExactlyInAnyOrderElementsOf(confirmed);
        }
        System.out.printf("DiskFullTest: %d writes confirmed before the disk was full, all present after%n",
                confirmed.size());
    }

    @Test
    void aReadOnlyFolderFailsTheWriteClearlyAndKeepsEverythingSavedBefore() {
        Path data = mountPoint.resolve("data");
        List<Long> confirmed = new ArrayList<>();
        try (Database db = Database.open(data)) {
            AccountRepository accounts = new AccountRepository(db, CLOCK);
            for (int i = 0; i < 5; i++) {
                confirmed.add(accounts.insert(Account.named("Siemens AG " + i)).id());
            }
        }
        assertThat(run("mount", "-o", "remount,ro", mountPoint.toString())).isTrue();
        StorageFullException failure = null;
        try (Database db = Database.open(data)) {
            new AccountRepository(db, CLOCK).insert(Account.named("Anna Müller GmbH"));
        } catch (StorageFullException e) {
            failure = e;
        } catch (StoreException e) {
            failure = StorageFaults.isStorageFault(e) ? new StorageFullException("", e) : null;
            if (failure == null) {
                throw e;
            }
        }
        assertThat(failure).as("the write on a read-only disk failed as a storage fault").isNotNull();
        assertThat(run("mount", "-o", "remount,rw", mountPoint.toString())).isTrue();
        try (Database db = Database.open(data)) {
            assertThat(new AccountRepository(db, CLOCK).findAll().stream().map(Account::id)
                    .collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(confirmed);
        }
    }
}
