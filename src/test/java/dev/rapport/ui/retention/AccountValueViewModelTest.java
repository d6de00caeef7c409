package dev.rapport.ui.retention;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value pane's model without the toolkit: what it loads and what its buttons change. */
class AccountValueViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dataDir;

    private final dev.rapport.testutil.RecordingNotifier notifier = new dev.rapport.testutil.RecordingNotifier();
    private final List<String> statuses = notifier.messages();
    private final List<Long> changed = new ArrayList<>();

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    @Test
    void showingAnAccountLoadsItsValueAndNullClearsIt() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            AccountValueViewModel model = model(app);
            Account a = app.accounts().save(Account.named("Fabrikam Foods"));
            model.show(a);
            assertThat(model.shownProperty().get()).isNotNull()
                    .satisfies(s -> assertThat(s.account()).isEqualTo(a))
                    .satisfies(s -> assertThat(s.since()).isEqualTo(TODAY));
            model.show(null);
            assertThat(model.shownProperty().get()).isNull();
        }
    }

    @Test
    void aCustomerSinceDayStillToComeIsRefusedAndAPastOneSavedAndTheListTold() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            AccountValueViewModel model = model(app);
            Account a = app.accounts().save(Account.named("Fabrikam Foods"));
            assertThat(model.saveCustomerSince(a, TODAY.plusDays(1))).isFalse();
            assertThat(changed).isEmpty();
            assertThat(model.saveCustomerSince(a, LocalDate.of(2019, 4, 1))).isTrue();
            assertThat(app.retention().customerSince(a)).isEqualTo(LocalDate.of(2019, 4, 1));
            assertThat(changed).containsExactly(a.id());
            assertThat(statuses).hasSize(1);
        }
    }

    @Test
    void markingAtRiskMovesTheAccount() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            AccountValueViewModel model = model(app);
            Account a = app.accounts().save(Account.named("Fabrikam Foods"));
            model.markAtRisk(a);
            assertThat(app.accounts().find(a.id())).get().extracting(Account::stage).isEqualTo(LifecycleStage.AT_RISK);
            assertThat(changed).containsExactly(a.id());
        }
    }

    private AccountValueViewModel model(AppContext app) {
        return new AccountValueViewModel(app.retention(), app.accounts(),
                dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs()).kit(), notifier, changed::add);
    }
}
