package dev.rapport.ui.contactlog;

import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Tier;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountContactLogPage;
import dev.rapport.ui.pages.ContactLogTodayPage;
import dev.rapport.ui.pages.ContactsPage;
import dev.rapport.ui.pages.InteractionEditorPage;
import dev.rapport.ui.pages.TimelinePage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The contact log as a rep uses it: Ctrl+L from the accounts list, a complaint resolved from the timeline. */
class ContactLogFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ZoneId ZONE = ZoneId.systemDefault();

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** Accounts added 100 days ago and never contacted since: all of them are going quiet today. */
    private void openWithQuietAccounts() {
        app = RunningApp.open(dataDir, at(TODAY.minusDays(100)));
        Account huawei = app.context.accounts().save(Account.named("华为技术 Huawei").withTier(Tier.A));
        app.context.accounts().save(Account.named("Contoso Components").withTier(Tier.B));
        app.context.contacts().save(Contact.named("王建国", huawei.id()));
        app.close();
        app = RunningApp.open(dataDir, at(TODAY));
    }

    @Test
    void aCallLoggedWithCtrlLUpdatesTheAccountsLastContactAndTakesItOffTheGoingQuietList() {
        openWithQuietAccounts();
        assertThat(quietNames()).containsExactly("华为技术 Huawei", "Contoso Components");
        ContactLogTodayPage today = new ContactLogTodayPage(robot).open();
        assertThat(today.quiet()).contains("华为技术 Huawei", "Contoso Components");
        selectAccount("华为技术 Huawei");
        AccountContactLogPage accountLog = new AccountContactLogPage(robot);
        assertThat(accountLog.lastContact()).isEqualTo(app.context.messages().get("contactlog.summary.never"));

        InteractionEditorPage form = logWithCtrlL();
        assertThat(form.account().name()).isEqualTo("华为技术 Huawei");
        assertThat(form.saveDisabled()).as("no subject yet").isTrue();
        form.typeSubject("电话回访 follow-up call").typeNotes("谈到明年的框架协议").typeFollowUpWhat("发送报价单");
        // typed, not confirmed with Enter: Ctrl+S still takes it
        form.typeFollowUpDate(TODAY.plusDays(7)).saveWithShortcut();
        assertThat(form.isOpen()).as("the form is closed").isFalse();

        assertThat(app.dialogs.errors).isEmpty();
        assertThat(quietNames()).containsExactly("Contoso Components");
        assertThat(accountLog.lastContact()).isEqualTo(app.context.messages().get("contactlog.summary.last",
                dev.rapport.testutil.TestUi.of(app.context, null, null).formats().date(TODAY), 0));
        assertThat(daysSinceOf("华为技术 Huawei")).isEqualTo(0L);
        assertThat(daysSinceOf("Contoso Components")).isNull();
        assertThat(accountLog.timeline().entries()).singleElement().satisfies(e -> {
            assertThat(e.interaction().notes()).isEqualTo("谈到明年的框架协议");
            assertThat(e.interaction().followUpOn()).isEqualTo(TODAY.plusDays(7));
            assertThat(e.interaction().followUpWhat()).isEqualTo("发送报价单");
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(today.quiet()).contains("Contoso Components").doesNotContain("华为技术 Huawei");
    }

    @Test
    void onTodayAFollowUpIsTickedOffAndAComplaintResolvedWithOneClickEach() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(10).atTime(9, 0), InteractionChannel.CALL,
                "报价 quote").withFollowUp(TODAY.minusDays(3), "发送报价单 send the quote"));
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(6).atTime(15, 0),
                InteractionChannel.COMPLAINT, "交货延误 late delivery"));
        new MainWindowPage(robot).go("accounts");
        ContactLogTodayPage today = new ContactLogTodayPage(robot).open();
        assertThat(today.followUps()).contains("发送报价单 send the quote");
        assertThat(today.complaints()).contains("交货延误 late delivery");

        today.markFirstDone();
        assertThat(today.followUps()).doesNotContain("发送报价单 send the quote");
        assertThat(app.context.contactLog().followUpsDue(TODAY)).isEmpty();

        today.resolveFirst().chooseStatus(ComplaintStatus.RESOLVED).typeResolution("补发货物 replacement sent").save();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(today.complaints()).doesNotContain("交货延误 late delivery");
        assertThat(app.context.contactLog().openComplaints()).isEmpty();
    }

    @Test
    void anAccountNamedInTodaysComplaintsOpensOnAccounts() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(6).atTime(15, 0),
                InteractionChannel.COMPLAINT, "交货延误 late delivery"));
        ContactLogTodayPage today = new ContactLogTodayPage(robot).open();

        today.openFirstAccount(ContactLogTodayIds.COMPLAINTS);

        assertThat(new MainWindowPage(robot).navButton("accounts").isSelected()).isTrue();
        assertThat(new AccountsPage(robot).selected().account().id()).isEqualTo(huawei);
    }

    @Test
    void aPersonsTimelineAndLastContactShowInTheContactsList() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        long wang = app.context.contacts().ofAccount(huawei).get(0).id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(3).atTime(12, 0), InteractionChannel.MEAL,
                "午餐 lunch").withContacts(java.util.List.of(wang)));
        ContactsPage people = new ContactsPage(robot).open().select("王建国");
        TimelinePage timeline = people.timeline();
        assertThat(timeline.isShown()).isTrue();
        assertThat(timeline.entries()).extracting(e -> e.interaction().subject()).containsExactly("午餐 lunch");
        assertThat(people.daysSince("王建国")).isEqualTo(3L);
    }

    @Test
    void aComplaintResolvedFromTheTimelineLeavesTheOpenComplaintsAndShowsDaysToResolve() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(4).atTime(15, 0),
                InteractionChannel.COMPLAINT, "交货延误 late delivery"));
        new MainWindowPage(robot).go("contacts");
        new MainWindowPage(robot).go("accounts");
        selectAccount("华为技术 Huawei");
        AccountContactLogPage accountLog = new AccountContactLogPage(robot);
        assertThat(accountLog.complaintsFlagShown()).isTrue();
        TimelinePage timeline = accountLog.timeline();
        assertThat(timeline.entries()).hasSize(1);

        timeline.open(0).clickStatus(app.context.messages().of(ComplaintStatus.RESOLVED))
                .typeResolution("补发货物并致歉").save();

        assertThat(app.dialogs.errors).isEmpty();
        assertThat(app.context.contactLog().openComplaints()).isEmpty();
        assertThat(accountLog.complaintsFlagShown()).isFalse();
        Interaction resolved = timeline.entries().get(0).interaction();
        assertThat(resolved.complaintStatus()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.resolvedOn()).isEqualTo(TODAY);
        assertThat(resolved.daysToResolve()).isEqualTo(4);
        assertThat(resolved.resolution()).isEqualTo("补发货物并致歉");
    }

    @Test
    void aTimeThatIsNoTimeBlocksSavingAndSaysWhy() {
        openWithQuietAccounts();
        selectAccount("Contoso Components");
        InteractionEditorPage form = logWithCtrlL();
        form.typeSubject("Besuch bei Müller").retypeTime("25:99");
        assertThat(form.saveDisabled()).isTrue();
        assertThat(form.error("time")).isEqualTo(app.context.messages().get("contactlog.validation.time"));
        form.cancelWithEscape();
        assertThat(form.isOpen()).as("the form is closed").isFalse();
        assertThat(app.context.contactLog().count()).isZero();
    }

    @Test
    void aMealLoggedWithCtrlLMarksThePlannedActionDoneWithItsCost() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        dev.rapport.domain.plan.Plan plan = app.context.plans().save(dev.rapport.domain.plan.Plan.draft(huawei, 2026)
                .withActions(java.util.List.of(dev.rapport.domain.plan.PlanAction.planned("年终答谢宴",
                        dev.rapport.domain.RelationshipLevel.SOCIAL, dev.rapport.domain.plan.ActionType.OTHER,
                        java.time.YearMonth.of(2026, 11)))));
        long actionId = plan.actions().get(0).id();
        selectAccount("华为技术 Huawei");
        logWithCtrlL().typeSubject("年终答谢宴 dinner").chooseChannel(InteractionChannel.MEAL).choosePlanAction(1)
                .typeCost("1280").save();

        assertThat(app.dialogs.errors).isEmpty();
        dev.rapport.domain.plan.PlanAction done = app.context.plans().findAction(actionId).orElseThrow();
        assertThat(done.status()).isEqualTo(dev.rapport.domain.plan.ActionStatus.DONE);
        assertThat(done.actualCost()).isEqualByComparingTo("1280");
        assertThat(done.doneOn()).isEqualTo(TODAY);
        assertThat(app.context.contactLog().count()).isEqualTo(1);
    }

    /** Issue 19: Ctrl+L over a selected person shows that person chosen; over nothing, no "Required." yet. */
    @Test
    void ctrlLShowsThePersonInViewChosenAndScoldsOnlyOnceTheRepHasTyped() {
        openWithQuietAccounts();
        new MainWindowPage(robot).go("contacts");
        new dev.rapport.ui.pages.ContactsPage(robot).select("王建国");

        InteractionEditorPage form = logWithCtrlL();
        assertThat(form.account().name()).isEqualTo("华为技术 Huawei");
        assertThat(form.peopleText()).isEqualTo("王建国");
        form.cancelWithEscape();

        new MainWindowPage(robot).go("today");
        form = logWithCtrlL();
        assertThat(form.account()).as("nothing in view").isNull();
        assertThat(form.peopleText()).isEqualTo(app.context.messages().get("contactlog.field.contactsNone"));
        assertThat(form.error("account")).as("nothing typed yet").isEmpty();
        assertThat(form.saveDisabled()).isTrue();
        form.typeSubject("拜访 visit");
        assertThat(form.error("account")).isEqualTo(app.context.messages().get("validation.required"));
        form.cancelWithEscape();
    }

    private InteractionEditorPage logWithCtrlL() {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return new InteractionEditorPage(robot);
    }

    private java.util.List<String> quietNames() {
        return app.context.contactLog().quietAccounts(TODAY).stream().map(ContactClock.QuietAccount::name).toList();
    }

    private void selectAccount(String name) {
        new MainWindowPage(robot).go("accounts");
        TableView<AccountListItem> table = new AccountsPage(robot).table();
        AccountListItem item = table.getItems().stream().filter(i -> i.account().name().equals(name)).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Long daysSinceOf(String name) {
        return new AccountsPage(robot).daysSince(name);
    }

    /**
     * A large book: a hundred and thirty key accounts going quiet. The window's pacer puts the rows
     * in a few per frame (all at once they froze the window for seconds on start, issue 18), and the
     * list stops at a hundred lines with a count of the rest.
     */
    @Test
    void aLargeBooksGoingQuietRowsComeInOverSeveralFramesAndStopAtAHundredWithACountOfTheRest() throws Exception {
        int quiet = 130;
        app = RunningApp.open(dataDir, at(TODAY.minusDays(100)));
        for (int i = 0; i < quiet; i++) {
            app.context.accounts().save(Account.named(String.format("客户 %03d Account", i)).withTier(Tier.A));
        }
        app.close();
        app = RunningApp.open(dataDir, at(TODAY), new dev.rapport.ui.common.DirectTaskExecutor(),
                new dev.rapport.ui.common.FramePacer());
        ContactLogTodayPage today = new ContactLogTodayPage(robot);

        // in one go on the FX thread, as a click would: Today shows again and reloads its lists
        int rowsAtOnce = WaitForAsyncUtils.asyncFx(() -> {
            app.window.select("accounts");
            app.window.select("today");
            return today.quietRows();
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(rowsAtOnce).as("rows made before the first frame after the click").isBetween(1, 99);

        String more = app.context.messages().get("today.more", quiet - 100);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(today::quietRows).get() == 100
                        && WaitForAsyncUtils.asyncFx(today::quiet).get().contains(more));
        assertThat(today.quiet()).contains("客户 ").contains(" Account");
    }

    /**
     * Until Today's lists have loaded they say so: with a large book, "No follow-up is due", "every
     * account contacted in time" and "no birthdays in the next 0 days" stood there for a second.
     */
    @Test
    void todaysListsSayLoadingUntilTheirFirstLoadNotThatNothingIsDue() throws Exception {
        openWithQuietAccounts();
        app.close();
        dev.rapport.testutil.HeldTaskExecutor held = new dev.rapport.testutil.HeldTaskExecutor();
        held.hold();
        app = RunningApp.open(dataDir, at(TODAY), held);
        ContactLogTodayPage today = new ContactLogTodayPage(robot);
        dev.rapport.ui.pages.TodayPage dates = new dev.rapport.ui.pages.TodayPage(robot);
        String loading = app.context.messages().get("task.loading");
        assertThat(today.quiet()).contains(loading).doesNotContain(app.context.messages().get("contactlog.today.quietNone"))
                .doesNotContain("(0)");
        assertThat(today.followUps()).contains(loading)
                .doesNotContain(app.context.messages().get("contactlog.today.followUpsNone"));
        assertThat(dates.showsNoDates()).isFalse();

        held.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(today.quiet()).doesNotContain(loading).contains("华为技术 Huawei", "Contoso Components");
        assertThat(today.followUps()).contains(app.context.messages().get("contactlog.today.followUpsNone"));
        assertThat(dates.showsNoDates()).isTrue();
    }
}
