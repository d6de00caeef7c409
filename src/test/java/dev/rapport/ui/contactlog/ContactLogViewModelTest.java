package dev.rapport.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Tier;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline, log form, cadence and agenda models, without the toolkit, over a real data folder. */
class ContactLogViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;

    private AppContext app;
    private TestUi ui;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> statuses = new ArrayList<>();
    private Account account;

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.fixed(TODAY.minusDays(200).atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        account = app.accounts().save(Account.named("瑞丰医疗 Ruifeng Medical").withTier(Tier.A));
        app.close();
        app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Notifier notifier() {
        return new Notifier() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void undoable(String message, Runnable undo) {
                statuses.add(message);
            }
        };
    }

    @Test
    void theTimelineReadsMorePagesAsAskedAndStartsOverWhenTheFilterChanges() {
        List<Interaction> many = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            many.add(Interaction.of(account.id(), TODAY.minusDays(k).atTime(10, 0),
                    k % 4 == 0 ? InteractionChannel.MEAL : InteractionChannel.CALL, "contact " + k));
        }
        app.contactLog().logAll(many);
        TimelineViewModel model = new TimelineViewModel(app.contactLog(), ui.kit(), TimelineViewModel.Owner.ACCOUNT);
        model.show(account.id());
        assertThat(model.entries()).hasSize(TimelineViewModel.PAGE);
        assertThat(model.entries().get(0).interaction().subject()).isEqualTo("contact 0");
        model.loadMore();
        model.loadMore();
        assertThat(model.entries()).hasSize(120);
        assertThat(model.hasMoreProperty().get()).isFalse();
        model.channelProperty().set(InteractionChannel.MEAL);
        assertThat(model.entries()).hasSize(30).allSatisfy(e ->
                assertThat(e.interaction().channel()).isEqualTo(InteractionChannel.MEAL));
        model.searchProperty().set("contact 4");
        assertThat(model.entries()).extracting(e -> e.interaction().subject()).contains("contact 4", "contact 40");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theLogFormNamesEachProblemAndBuildsTheInteractionWhenValid() {
        InteractionEditorViewModel form = new InteractionEditorViewModel(
                Interaction.of(account.id(), TODAY.atTime(9, 30), InteractionChannel.CALL, ""), List.of(account),
                app.messages(), ui.formats(), TODAY);
        assertThat(form.errors()).containsKey("subject");
        form.subject.set("Quarterly review 季度回顾");
        form.time.set("9:75");
        form.cost.set("abc");
        assertThat(form.errors()).containsOnlyKeys("time", "cost");
        form.time.set("16：45");
        form.cost.set("1,250.50");
        form.followUpWhat.set("Send minutes");
        assertThat(form.errors()).containsOnlyKeys("followUpOn");
        form.followUpOn.set(TODAY.plusDays(3));
        form.channel.set(InteractionChannel.COMPLAINT);
        form.complaintStatus.set(ComplaintStatus.RESOLVED);
        assertThat(form.resolvedOn.get()).as("resolving fills in today").isEqualTo(TODAY);
        assertThat(form.validProperty().get()).isTrue();
        Interaction i = form.toInteraction();
        assertThat(i.at()).isEqualTo(TODAY.atTime(16, 45));
        assertThat(i.cost()).isEqualByComparingTo("1250.50");
        assertThat(i.daysToResolve()).isZero();
        form.channel.set(InteractionChannel.VISIT);
        assertThat(form.toInteraction().complaintStatus()).as("only complaints keep a status").isNull();
    }

    @Test
    void aCadenceOutOfRangeCannotBeSavedAndAGoodOneIsKept() {
        CadenceSettingsViewModel model = new CadenceSettingsViewModel(app.contactLog(), ui.kit(), notifier());
        model.load();
        assertThat(model.days(Tier.A).get()).isEqualTo("30");
        model.days(Tier.B).set("0");
        model.days(Tier.C).set("ninety");
        assertThat(model.errors()).containsOnlyKeys(CadenceSettingsViewModel.field(Tier.B), CadenceSettingsViewModel.field(Tier.C));
        assertThat(model.validProperty().get()).isFalse();
        model.days(Tier.B).set("45");
        model.days(Tier.C).set("120");
        model.save();
        assertThat(app.contactLog().cadence().days(Tier.B)).isEqualTo(45);
        assertThat(app.contactLog().cadence().days(Tier.C)).isEqualTo(120);
    }

    @Test
    void theAgendaListsWhatIsDueQuietAndOpenAndADoneFollowUpLeaves() {
        app.contactLog().log(Interaction.of(account.id(), TODAY.minusDays(45).atTime(10, 0), InteractionChannel.CALL,
                "报价").withFollowUp(TODAY.minusDays(40), "发送报价单"));
        app.contactLog().log(Interaction.of(account.id(), TODAY.minusDays(50).atTime(10, 0),
                InteractionChannel.COMPLAINT, "交货延误"));
        AgendaViewModel agenda = new AgendaViewModel(app.contactLog(), ui.kit(), notifier());
        agenda.reloadFollowUps();
        agenda.reloadQuiet();
        agenda.reloadComplaints();
        assertThat(agenda.followUps()).extracting(FollowUpDue::what).containsExactly("发送报价单");
        assertThat(agenda.quiet()).extracting(ContactClock.QuietAccount::daysSince).containsExactly(45L);
        assertThat(agenda.complaints()).extracting(OpenComplaint::subject).containsExactly("交货延误");
        agenda.markDone(agenda.followUps().get(0));
        assertThat(agenda.followUps()).isEmpty();
        agenda.reloadFollowUps();
        assertThat(agenda.followUps()).isEmpty();
    }
}
