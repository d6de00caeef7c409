package dev.rapport.ui.plans;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's reproduction with who (decision 0017): a plan copy read before the Planner marked one of
 * its actions done is refused, and the refusal says the Planner in this window made the newer change.
 */
class PlannerWhoChangedTest {
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
    void aPlanSavedFromACopyReadBeforeThePlannerMarkedAnActionDoneSaysThePlannerChangedIt() {
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Account account = app.accounts().save(Account.named("华为技术"));
            Plan read = app.plans().save(Plan.draft(account.id(), 2026).withActions(List.of(
                    PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                            YearMonth.of(2026, 6)))));
            FakeDialogs dialogs = new FakeDialogs();
            PlannerViewModel planner = new PlannerViewModel(app.plans(), app.accounts(), Clock.systemDefaultZone(),
                    dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs).kit(), QUIET);

            planner.markDone(read.actions().get(0));
            assertThat(dialogs.errors).isEmpty();

            assertThatThrownBy(() -> app.plans().save(read)).isInstanceOfSatisfying(EditConflict.class, e -> {
                assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.PLANNER));
                assertThat(new Messages(Locale.ENGLISH).of(e)).contains(" in this window, in the Planner.");
            });
        }
    }
}
