package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.Contact;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.Relation;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WindowPlace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, decision 0017: every versioned row says who wrote its version (the window and where in
 * it, or the command line and its command), and a refused save names that writer.
 */
class WhoChangedTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private Database db;
    private AccountRepository accounts;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        accounts = new AccountRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStaleSaveNamesThePlaceInTheWindowThatMadeTheNewerChange() {
        db.origin().session(ChangedBy.window());
        Account read = accounts.insert(Account.named("杭州瑞丰电子"));
        assertThat(changedBy("account", read.id())).isEqualTo("window");

        db.origin().at(WindowPlace.PLANNER, () -> accounts.update(read.withTier(Tier.A)));
        assertThat(changedBy("account", read.id())).isEqualTo("window:planner");

        assertThatThrownBy(() -> accounts.update(read.withTier(Tier.C)))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.PLANNER));
                    assertThat(e.changedAt()).isPresent();
                    assertThat(e.messageKey()).isEqualTo("conflict.changedBy");
                });
        assertThat(db.origin().current()).as("the place ends with its work").isEqualTo(ChangedBy.window());
    }

    @Test
    void aStaleSaveNamesTheCommandLineAndItsCommand() {
        db.origin().session(ChangedBy.commandLine("import"));
        Account read = accounts.insert(Account.named("Northwind Traders"));
        Account imported = accounts.update(read.withTier(Tier.A));
        // a place in the window means nothing to the command line: its writes stay cli:import
        db.origin().at(WindowPlace.PLANNER, () -> accounts.update(imported.withTier(Tier.B)));
        assertThat(changedBy("account", read.id())).isEqualTo("cli:import");

        db.origin().session(ChangedBy.window());
        assertThatThrownBy(() -> accounts.softDelete(read.id(), read.version()))
                .isInstanceOfSatisfying(EditConflict.class,
                        e -> assertThat(e.changedBy()).contains(ChangedBy.commandLine("import")));
    }

    @Test
    void deletesAndUndoesSayWhoToo() {
        db.origin().session(ChangedBy.window());
        Account account = accounts.insert(Account.named("Acme Ltd"));
        long deleted = db.origin().at(WindowPlace.ACCOUNT_EDITOR, () -> accounts.softDelete(account.id(), account.version()));
        assertThat(changedBy("account", account.id())).isEqualTo("window:account_editor");
        db.origin().session(ChangedBy.commandLine("demo"));
        accounts.restore(account.id(), deleted);
        assertThat(changedBy("account", account.id())).isEqualTo("cli:demo");
    }

    @Test
    void aRowWrittenBeforeAnyoneWasRecordedNamesNoOneAndTheMessageSaysOnlyWhen() {
        Account read = accounts.insert(Account.named("Old Row Ltd"));
        accounts.update(read.withTier(Tier.A));
        assertThat(changedBy("account", read.id())).isNull();
        assertThatThrownBy(() -> accounts.update(read.withTier(Tier.C)))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedBy()).isEmpty();
                    assertThat(e.messageKey()).isEqualTo("conflict.changed");
                });
    }

    @Test
    void aRowThatKeepsNoTimeStillNamesWhoChangedIt() {
        db.origin().session(ChangedBy.window());
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact wang = new ContactRepository(db, clock).insert(Contact.named("王建国", accountId));
        FamilyRepository family = new FamilyRepository(db, clock);
        FamilyMember read = family.insert(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", null));
        db.origin().session(ChangedBy.commandLine("import"));
        family.update(new FamilyMember(read.id(), read.contactId(), read.relation(), "李梅梅", read.birthday(),
                read.notes(), read.version()));

        assertThatThrownBy(() -> family.softDelete(read.id(), read.version()))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedAt()).isEmpty();
                    assertThat(e.changedBy()).contains(ChangedBy.commandLine("import"));
                    assertThat(e.messageKey()).isEqualTo("conflict.changedWho");
                });
    }

    @Test
    void aStaleTagSaveNamesTheMemoryPaneThatSavedTheNewerTags() {
        db.origin().session(ChangedBy.window());
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact wang = new ContactRepository(db, clock).insert(Contact.named("王建国", accountId));
        ContactInterestsRepository prefs = new ContactInterestsRepository(db, clock);
        Preferences read = prefs.find(wang.id()).orElseThrow();
        db.origin().at(WindowPlace.MEMORY_PANE,
                () -> prefs.save(new Preferences(wang.id(), "", List.of("loves flowers"), read.version())));

        assertThatThrownBy(() -> prefs.save(new Preferences(wang.id(), "", List.of("tea"), read.version())))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.MEMORY_PANE));
                    assertThat(e.changedAt()).isPresent();
                });
    }

    /** Writes run on the executor's threads, several at once: one task's place must not label another's writes. */
    @Test
    void aPlaceSetAroundOneTaskDoesNotLabelAnotherThreadsWrites() throws Exception {
        db.origin().session(ChangedBy.window());
        Account planner = accounts.insert(Account.named("Planner Ltd"));
        Account other = accounts.insert(Account.named("Other Ltd"));
        CountDownLatch placeSet = new CountDownLatch(1);
        CountDownLatch otherWrote = new CountDownLatch(1);
        CompletableFuture<Account> inPlanner = CompletableFuture.supplyAsync(() -> db.origin().at(WindowPlace.PLANNER,
                () -> {
                    placeSet.countDown();
                    await(otherWrote);
                    return accounts.update(planner.withTier(Tier.A));
                }));
        await(placeSet);
        CompletableFuture.runAsync(() -> accounts.update(other.withTier(Tier.A))).get(30, TimeUnit.SECONDS);
        otherWrote.countDown();
        inPlanner.get(30, TimeUnit.SECONDS);

        assertThat(changedBy("account", planner.id())).isEqualTo("window:planner");
        assertThat(changedBy("account", other.id())).isEqualTo("window");
    }

    private String changedBy(String table, long id) {
        return db.withHandle(h -> h.createQuery("SELECT changed_by FROM " + table + " WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
