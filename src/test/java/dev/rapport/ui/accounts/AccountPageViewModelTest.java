package dev.rapport.ui.accounts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account detail pane's model, without the toolkit, over a real data folder. */
class AccountPageViewModelTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    private AccountPageViewModel model;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Long> changedAccounts = new ArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        UiKit kit = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs).kit();
        model = new AccountPageViewModel(context.contacts(), context.today(), kit, notifier, changedAccounts::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AccountListItem listed(Account account) {
        return context.accounts().list().stream().filter(i -> i.account().id().equals(account.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void thePeopleListKeepsTellingListenersAfterGarbageCollection() {
        Account saved = context.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        context.contacts().save(Contact.named("李娜", saved.id()));
        List<Integer> sizesSeen = new ArrayList<>();
        model.people().addListener((ListChangeListener<Contact>) c -> sizesSeen.add(c.getList().size()));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        model.show(listed(saved));

        assertThat(sizesSeen).contains(1);
        assertThat(model.people()).extracting(Contact::name).containsExactly("李娜");
    }

    @Test
    void deletingAPersonAsksThenTellsTheAccountsListAndOffersUndo() {
        Account saved = context.accounts().save(Account.named("Fabrikam Foods"));
        Contact chloe = context.contacts().save(Contact.named("Chloé Dubois", saved.id()));
        model.show(listed(saved));

        model.askDelete(model.people().get(0));

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(model.people()).isEmpty();
        assertThat(context.contacts().ofAccount(saved.id())).isEmpty();
        assertThat(changedAccounts).containsExactly(saved.id());
        assertThat(notifier.messages()).singleElement().asString().contains(chloe.name());
    }

    @Test
    void aDeleteDeclinedKeepsThePerson() {
        dialogs.answering(false);
        Account saved = context.accounts().save(Account.named("Fabrikam Foods"));
        context.contacts().save(Contact.named("Chloé Dubois", saved.id()));
        model.show(listed(saved));

        model.askDelete(model.people().get(0));

        assertThat(model.people()).hasSize(1);
        assertThat(changedAccounts).isEmpty();
    }

    @Test
    void aNewPersonBelongsToTheShownAccount() {
        Account saved = context.accounts().save(Account.named("Northwind Traders"));
        model.show(listed(saved));

        assertThat(model.newPerson().accountId()).isEqualTo(saved.id());
        assertThat(model.newPerson().id()).isNull();
    }
}
