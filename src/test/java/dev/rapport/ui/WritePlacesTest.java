package dev.rapport.ui;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AtRiskSuggestion;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.contactlog.AgendaViewModel;
import dev.rapport.ui.insights.InsightsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0017's places for the writes decision 0018 made undoable last: a save refused over a
 * follow-up ticked on the Today page, or over accounts moved to "at risk" in Insights, says where.
 */
class WritePlacesTest {
    private static final Notifier QUIET = new Notifier() {
        @Override
        public void status(String message) {
        }

        @Override
        public void undoable(String message, Runnable undo) {
        }
    };

    @TempDir
    Path dataDir;

    private AppContext app;
    private FakeDialogs dialogs;
    private TestUi ui;

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.systemDefaultZone());
        dialogs = new FakeDialogs();
        ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aLogEntrySavedFromACopyReadBeforeItsFollowUpWasTickedOnTodaySaysTheTodayPageChangedIt() {
        Account a = app.accounts().save(Account.named("华为技术"));
        Interaction read = app.contactLog().log(Interaction.of(a.id(), LocalDateTime.now().minusDays(3),
                InteractionChannel.CALL, "报价").withFollowUp(app.contactLog().today().minusDays(1), "发送报价单"));
        AgendaViewModel agenda = new AgendaViewModel(app.contactLog(), ui.kit(), QUIET);

        agenda.markDone(app.contactLog().followUpsDue(app.contactLog().today()).get(0));
        assertThat(dialogs.errors).isEmpty();

        assertThatThrownBy(() -> app.contactLog().edit(read.withDetails("改了", "", read.sentiment(), null)))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.TODAY));
                    assertThat(new Messages(Locale.ENGLISH).of(e)).contains("in this window, on the Today page");
                });
    }

    @Test
    void anAccountSavedFromACopyReadBeforeInsightsMovedItToAtRiskSaysInsightsChangedIt() {
        Account read = app.accounts().save(Account.named("华为技术"));
        InsightsViewModel insights = new InsightsViewModel(ui.retention(), ui.clock(), ui.kit(), QUIET);

        insights.markAtRisk(List.of(new AtRiskSuggestion(read.id(), read.name(), read.stage(), 20)));
        assertThat(dialogs.errors).isEmpty();
        assertThat(app.accounts().find(read.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.AT_RISK);

        assertThatThrownBy(() -> app.accounts().save(read.withTier(dev.rapport.domain.Tier.C)))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.changedBy()).contains(ChangedBy.window(WindowPlace.INSIGHTS));
                    assertThat(new Messages(Locale.ENGLISH).of(e)).contains("in this window, in Insights");
                });
    }
}
