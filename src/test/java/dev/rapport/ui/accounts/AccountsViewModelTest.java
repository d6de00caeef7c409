package dev.rapport.ui.accounts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts screen's model, without the toolkit, over a real data folder. */
class AccountsViewModelTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private AccountsViewModel model;
    private final RecordingNotifier recorder = new RecordingNotifier();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> statuses = recorder.messages();

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        Notifier notifier = recorder;
        model = new AccountsViewModel(context.accounts(), context.plans(), context.demo(), context.retention(),
                dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs).kit(), notifier);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void beforeTheFirstListArrivesTheScreenSaysNeitherZeroAccountsNorNoMatch() {
        assertThat(model.loadedProperty().get()).isFalse();
        assertThat(model.countText().get()).isEmpty();
        assertThat(model.emptyProperty().get()).as("no sample-data offer yet either").isFalse();
        model.reload();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.countText().get()).isEqualTo(context.messages().get("accounts.count", 0));
    }

    @Test
    void theDeleteQuestionNamesPeopleOnlyWhenThereAreAnyInEachLanguage() {
        dev.rapport.i18n.Messages en = new dev.rapport.i18n.Messages(java.util.Locale.ENGLISH);
        assertThat(en.get("accounts.delete.question", "华为 Huawei", 0))
                .isEqualTo("Delete 华为 Huawei? You can undo this for a few seconds.");
        assertThat(en.get("accounts.delete.question", "华为 Huawei", 1)).contains("and hide its 1 person?");
        assertThat(en.get("accounts.delete.question", "华为 Huawei", 1200)).contains("and hide its 1,200 people?");
        for (java.util.Locale zh : new java.util.Locale[] {java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.TRADITIONAL_CHINESE}) {
            dev.rapport.i18n.Messages m = new dev.rapport.i18n.Messages(zh);
            assertThat(m.get("accounts.delete.question", "华为", 0)).doesNotContain("0").contains("华为？");
            assertThat(m.get("accounts.delete.question", "华为", 3)).contains(" 3 ");
        }
    }

    @Test
    void deletingAnAccountAsksNamingItsPeopleThenOffersUndo() {
        Account a = context.accounts().save(Account.named("Fabrikam Foods"));
        context.contacts().save(Contact.named("Chloé Dubois", a.id()));
        model.reload();

        model.askDelete(model.items().get(0));

        assertThat(dialogs.confirmations).containsExactly(
                context.messages().get("accounts.delete.question", "Fabrikam Foods", 1));
        assertThat(model.items()).isEmpty();
        assertThat(context.accounts().list()).isEmpty();
        assertThat(statuses).containsExactly(context.messages().get("accounts.deleted", "Fabrikam Foods"));
    }

    @Test
    void aDeleteDeclinedKeepsTheAccount() {
        dialogs.answering(false);
        context.accounts().save(Account.named("Fabrikam Foods"));
        model.reload();

        model.askDelete(model.items().get(0));

        assertThat(model.items()).hasSize(1);
        assertThat(context.accounts().list()).hasSize(1);
    }

    @Test
    void typingFiltersByContactNameAndCountsSayHowMany() {
        Account a = context.accounts().save(Account.named("Fabrikam Foods"));
        context.accounts().save(Account.named("Northwind Traders"));
        context.contacts().save(Contact.named("Chloé Dubois", a.id()));
        model.reload();
        var count = model.countText();

        model.queryProperty().set("chloe");

        assertThat(model.items()).extracting(i -> i.account().name()).containsExactly("Fabrikam Foods");
        assertThat(count.get()).contains("1").contains("2");
    }

    private void exitedAccount(String name) {
        Account a = context.accounts().save(Account.named(name));
        context.accounts().save(a.withStage(dev.rapport.domain.LifecycleStage.EXITED));
    }

    @Test
    void theCountNamesTheHiddenExitedAccountsAndSaysOfOnlyWhileSomethingNarrowsTheList() {
        context.accounts().save(Account.named("Fabrikam Foods"));
        context.accounts().save(Account.named("Northwind Traders"));
        context.accounts().save(Account.named("Contoso Components"));
        exitedAccount("Alpine Systems");
        exitedAccount("华为技术 Huawei");
        model.reload();
        var count = model.countText();
        assertThat(count.get()).isEqualTo("3 accounts · 2 exited hidden");

        model.queryProperty().set("north");
        assertThat(count.get()).isEqualTo("1 of 3 accounts · 2 exited hidden");

        model.queryProperty().set("");
        model.setFilters(java.util.Set.of(), java.util.Set.of(dev.rapport.domain.LifecycleStage.EXITED),
                java.util.Set.of(), java.util.Set.of());
        assertThat(count.get()).as("exited shown: none hidden, all counted").isEqualTo("2 of 5 accounts");

        model.setFilters(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        assertThat(count.get()).isEqualTo("3 accounts · 2 exited hidden");
    }

    @Test
    void withNothingExitedTheCountIsJustTheNumberOfAccounts() {
        context.accounts().save(Account.named("Fabrikam Foods"));
        context.accounts().save(Account.named("Northwind Traders"));
        model.reload();
        assertThat(model.countText().get()).isEqualTo("2 accounts");
    }

    @Test
    void theHiddenExitedCountReadsNaturallyInBothChineseScripts() {
        dev.rapport.i18n.Messages cn = new dev.rapport.i18n.Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        dev.rapport.i18n.Messages tw = new dev.rapport.i18n.Messages(java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(cn.get("accounts.count.exitedHidden", cn.get("accounts.count", 35), 5))
                .isEqualTo("35 个客户 · 已隐藏 5 个已退出客户");
        assertThat(tw.get("accounts.count.exitedHidden", tw.get("accounts.count", 35), 5))
                .isEqualTo("35 個客戶 · 已隱藏 5 個已退出客戶");
        assertThat(tw.get("accounts.count.exitedHidden", tw.get("accounts.countFiltered", 3, 1200), 5))
                .isEqualTo("1,200 個客戶中的 3 個 · 已隱藏 5 個已退出客戶");
    }
}
