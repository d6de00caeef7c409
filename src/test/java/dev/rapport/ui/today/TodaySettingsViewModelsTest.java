package dev.rapport.ui.today;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.MorningSummary;
import dev.rapport.domain.Relation;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's settings and the start-up summary, without the toolkit. */
class TodaySettingsViewModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    @TempDir
    Path dataDir;

    private final dev.rapport.testutil.RecordingNotifier notifier = new dev.rapport.testutil.RecordingNotifier();
    private final List<String> statuses = notifier.messages();

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    private static UiKit kit(AppContext app) {
        return dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs()).kit();
    }

    @Test
    void theDaysAheadAndTheStartUpSummaryAreSavedAtOnceAndSaidSo() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            TodaySettingsViewModel model = new TodaySettingsViewModel(app.today(), kit(app), notifier);
            assertThat(model.days()).isEqualTo(14);
            assertThat(model.startupSummary()).isTrue();
            model.saveDays(30);
            model.saveStartupSummary(false);
            assertThat(app.today().days()).isEqualTo(30);
            assertThat(app.today().startupSummary()).isFalse();
            assertThat(statuses).containsExactly(app.messages().get("today.settings.saved", 30),
                    app.messages().get("today.settings.startupOff"));
            assertThat(TodaySettingsViewModel.validDays(TodaySettingsViewModel.MAX_DAYS + 1)).isFalse();
        }
    }

    @Test
    void aNumberOutOfRangeIsNotSavedAndShowsNoError() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            FakeDialogs dialogs = new FakeDialogs();
            TodaySettingsViewModel model = new TodaySettingsViewModel(app.today(),
                    dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs).kit(), notifier);
            model.saveDays(400);
            model.saveDays(-3);
            assertThat(app.today().days()).isEqualTo(14);
            assertThat(dialogs.errors).as("the spinner's passing value is no error to show").isEmpty();
            assertThat(statuses).isEmpty();
        }
    }

    @Test
    void theStartUpSummaryNamesTodaysBirthdaysAndStaysQuietWhenTurnedOff() {
        try (AppContext app = AppContext.open(dataDir, clock())) {
            Account account = app.accounts().save(Account.named("Fabrikam Foods"));
            Contact anna = app.contacts().save(Contact.named("Anna Müller", account.id()));
            app.memory().save(FamilyMember.of(anna.id(), Relation.CHILD, "Lena", Birthday.of(2015, 5, 4)));
            StartupSummaryViewModel model = new StartupSummaryViewModel(app.today(), app.contactLog(), kit(app));
            List<MorningSummary> shown = new ArrayList<>();

            model.load(shown::add);
            assertThat(shown).singleElement().satisfies(s -> assertThat(s.birthdaysToday()).isNotEmpty());

            app.today().setStartupSummary(false);
            model.load(shown::add);
            assertThat(shown).hasSize(1);
        }
    }
}
