package dev.rapport.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.ChurnSubject;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Period;
import dev.rapport.domain.RetentionSettings;
import dev.rapport.domain.Tier;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsViewModelTest {
    @TempDir
    Path dataDir;

    private static final Notifier QUIET = new Notifier() {
        @Override
        public void status(String message) {
        }

        @Override
        public void undoable(String message, Runnable undo) {
        }
    };

    @Test
    void theChurnSummarySaysTheSeedsWorkedExampleInWords() {
        List<ChurnSubject> subjects = new ArrayList<>();
        for (long id = 1; id <= 6000; id++) {
            List<AccountExit> exits = id <= 300 ? List.of(new AccountExit(null, id, LocalDate.of(2025, 8, 1),
                    ExitReason.PRICE, "", new BigDecimal("1000"), BigDecimal.TEN, false, "", null)) : List.of();
            subjects.add(new ChurnSubject(id, LocalDate.of(2020, 1, 1), Tier.C, PartyType.CUSTOMER, "", exits));
        }
        ChurnAnalysis.Table table = ChurnAnalysis.table(subjects, Period.year(2025), ChurnGroup.NONE,
                RetentionSettings.DEFAULTS);
        new dev.rapport.service.MachinePreferencesService(dev.rapport.store.MachinePreferencesFile.load(dataDir))
                .setLanguage(dev.rapport.domain.Language.ENGLISH);
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            TestUi ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs());
            String summary = new InsightsViewModel(ui.retention(), ui.clock(), ui.kit(), QUIET).churnSummary(table);
            assertThat(summary).isEqualTo("300 of 6,000 accounts left (5 %). Revenue lost 300,000 a year, profit lost"
                    + " 30,000: a retention measure costing less than 30,000 pays for itself.");
        }
    }

    @Test
    void choosingAQuarterNarrowsTheChurnTable() {
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            var a = app.accounts().save(dev.rapport.domain.Account.named("深圳华强电子"));
            LocalDate today = app.retention().today();
            app.retention().exit(new AccountExit(null, a.id(), today, ExitReason.PRODUCT, "", BigDecimal.ZERO,
                    BigDecimal.ZERO, false, "", null), today.minusYears(2));
            TestUi ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs());
            InsightsViewModel model = new InsightsViewModel(ui.retention(), ui.clock(), ui.kit(), QUIET);
            model.reload();
            assertThat(model.churnTableProperty().get().total().exits()).isEqualTo(1);
            int thisQuarter = (today.getMonthValue() - 1) / 3 + 1;
            model.quarterProperty().set(thisQuarter == 1 ? 2 : 1);
            assertThat(model.churnTableProperty().get().total().exits()).isZero();
            model.quarterProperty().set(thisQuarter);
            assertThat(model.churnTableProperty().get().total().exits()).isEqualTo(1);
            assertThat(model.churnTableProperty().get().total().accountsAtStart()).isEqualTo(1);
        }
    }
}
