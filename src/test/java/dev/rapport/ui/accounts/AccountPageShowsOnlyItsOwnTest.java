package dev.rapport.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contactlog.TimelineViewModel;
import dev.rapport.ui.memory.AccountDatesViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arrowing through a large book: the detail's people, dates and contact log of the account left
 * behind stood under the next account's name for seconds while its loads waited behind others.
 * Each part now empties the moment another account is shown and fills with that account's own.
 */
class AccountPageShowsOnlyItsOwnTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dataDir;

    private AppContext app;
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private AccountPageViewModel people;
    private AccountDatesViewModel dates;
    private TimelineViewModel log;
    private Account huawei;
    private Account contoso;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        huawei = app.accounts().save(Account.named("华为 Huawei"));
        contoso = app.accounts().save(Account.named("Contoso Components"));
        app.contacts().save(Contact.named("王建国", huawei.id()));
        app.contacts().save(Contact.named("Chloé Dubois", contoso.id()));
        app.memory().save(ImportantDate.ofAccount(huawei.id(), DateKind.PARTNERSHIP_ANNIVERSARY, "合作纪念日",
                TODAY.minusYears(3), true));
        app.contactLog().log(Interaction.of(huawei.id(), TODAY.minusDays(3).atTime(10, 0), InteractionChannel.CALL,
                "报价 follow-up"));
        UiKit kit = dev.rapport.testutil.TestUi.of(app, executor, new FakeDialogs()).kit();
        RecordingNotifier notifier = new RecordingNotifier();
        people = new AccountPageViewModel(app.contacts(), app.today(), kit, notifier, id -> { });
        dates = new AccountDatesViewModel(app.memory(), kit, notifier);
        log = new TimelineViewModel(app.contactLog(), kit, TimelineViewModel.Owner.ACCOUNT);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anotherAccountsPeopleDatesAndLogAreGoneTheMomentTheNextIsShown() throws Exception {
        onFx(() -> show(huawei));
        assertThat(people.people()).extracting(Contact::name).containsExactly("王建国");
        assertThat(dates.dates()).hasSize(1);
        assertThat(log.entries()).hasSize(1);

        executor.hold();
        onFx(() -> {
            show(contoso);
            // Contoso's loads wait: nothing of Huawei's may show under Contoso's name meanwhile
            assertThat(people.people()).isEmpty();
            assertThat(dates.dates()).isEmpty();
            assertThat(log.entries()).isEmpty();
        });
        executor.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(people.people()).extracting(Contact::name).containsExactly("Chloé Dubois");
        assertThat(dates.dates()).isEmpty();
        assertThat(log.entries()).isEmpty();

        executor.hold();
        onFx(() -> show(huawei));
        executor.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(log.entries()).hasSize(1);
    }

    private void show(Account account) {
        people.show(new AccountListItem(account, java.util.List.of()));
        dates.show(account.id());
        log.show(account.id());
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }
}
