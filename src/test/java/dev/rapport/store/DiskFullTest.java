package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.TinyDisk;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    private TinyDisk disk;
    private Path mountPoint;

    private static Account withNotes(String name, String notes) {
        Account a = Account.named(name);
        return new Account(null, a.name(), a.partyType(), a.tier(), a.stage(), a.level(), null, "", "", "", "",
                null, null, null, null, "", java.util.List.of(), notes, null, null, 0L);
    }

    @BeforeEach
    void mountTinyFileSystem() {
        // a new database takes several MB while open since V9 and V10 (their ALTER TABLEs leave old chunks until
        // close, which compacts it to about 110 KB); the test fills the disk after opening anyway
        disk = TinyDisk.mount(tmp, "10M");
        mountPoint = disk.root();
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
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
            disk.fillLeaving(400_000); // leave little room
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
        assertThat(failure.kind()).isEqualTo(StorageFullException.Kind.FULL);
        assertThat(failure.folder()).as("names the folder it could not write").isEqualTo(data);
        assertThat(failure.freeBytes()).as("and what was left on its disk").isBetween(0L, 400_000L);
        assertThat(dev.rapport.domain.KnownProblem.in(new RuntimeException(failure)))
                .get().extracting(dev.rapport.domain.KnownProblem::messageKey).isEqualTo("safety.fault.full");
        assertThat(confirmed).isNotEmpty();

        disk.free(); // space is back
        try (Database db = Database.open(data)) {
            List<Long> present = new AccountRepository(db, CLOCK).findAll().stream().map(Account::id).toList();
            // every confirmed write is there. The one that failed may be too: when the disk fills while
            // its commit is being forced, H2 may already have written the row, as any database may
            // after an ambiguous sync error. Nothing else is.
            assertThat(present).containsAll(confirmed);
            assertThat(present.size()).isBetween(confirmed.size(), confirmed.size() + 1);
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
        disk.readOnly();
        StorageFullException failure = null;
        try (Database db = Database.open(data)) {
            new AccountRepository(db, CLOCK).insert(Account.named("Anna Müller GmbH"));
        } catch (StorageFullException e) {
            failure = e;
        }
        assertThat(failure).as("the write on a read-only disk failed as a storage fault").isNotNull();
        assertThat(failure.kind()).isEqualTo(StorageFullException.Kind.READ_ONLY);
        assertThat(failure.folder()).isEqualTo(data);
        assertThat(failure.messageKey()).isEqualTo("safety.fault.readOnly");
        disk.writable();
        try (Database db = Database.open(data)) {
            assertThat(new AccountRepository(db, CLOCK).findAll().stream().map(Account::id)
                    .collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(confirmed);
        }
    }
}
