package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real H2 file: what was saved is there after the file is closed and reopened. */
class DatabaseFileTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void anEmptyFolderGetsADatabaseWithTheWholeSchema() {
        try (Database db = Database.open(dataDir)) {
            assertThat(new AccountRepository(db, clock).countActive()).isZero();
        }
        assertThat(dataDir.resolve("rapport.mv.db")).exists();
    }

    @Test
    void accountsAndContactsWithChineseNamesSurviveClosingAndReopening() {
        long accountId;
        try (Database db = Database.open(dataDir)) {
            Account saved = new AccountRepository(db, clock).insert(
                    Account.named("华为技术有限公司").withTier(Tier.A).withTags(List.of("战略", "export")));
            accountId = saved.id();
            new ContactRepository(db, clock).insert(Contact.named("王建国", accountId)
                    .withPoints(List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 8000")),
                            List.of(new ContactPoint(ContactPoint.Kind.WORK, "jianguo.wang@huawei.example"))));
        }

        try (Database db = Database.open(dataDir)) {
            Account account = new AccountRepository(db, clock).find(accountId).orElseThrow();
            assertThat(account.name()).isEqualTo("华为技术有限公司");
            assertThat(account.tier()).isEqualTo(Tier.A);
            assertThat(account.tags()).containsExactlyInAnyOrder("战略", "export");
            List<Contact> people = new ContactRepository(db, clock).findByAccount(accountId);
            assertThat(people).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("王建国");
                assertThat(c.phones()).extracting(ContactPoint::value).containsExactly("+86 138 0013 8000");
                assertThat(c.emails()).extracting(ContactPoint::value).containsExactly("jianguo.wang@huawei.example");
            });
        }
    }

    @Test
    void aSoftDeletedAccountIsGoneFromListsAndBackAfterRestore() {
        try (Database db = Database.open(dataDir)) {
            AccountRepository accounts = new AccountRepository(db, clock);
            Account a = accounts.insert(Account.named("Northwind Traders"));
            long deleted = accounts.softDelete(a.id(), a.version());
            assertThat(accounts.findAll()).isEmpty();
            accounts.restore(a.id(), deleted);
            assertThat(accounts.findAll()).extracting(Account::name).containsExactly("Northwind Traders");
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedWhileTheFirstHoldsIt() {
        try (Database first = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(AlreadyOpenException.class);
        }
        try (Database again = Database.open(dataDir)) {
            assertThat(again.dataDir()).isEqualTo(dataDir);
        }
    }

    @Test
    void nothingInTheFolderHoldsSqlTraces() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new AccountRepository(db, clock).insert(Account.named("Contoso Components"));
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }
}
