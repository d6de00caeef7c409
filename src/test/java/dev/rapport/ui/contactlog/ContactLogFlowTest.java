package dev.rapport.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
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
        robot.clickOn("#nav-today");
        assertThat(texts("#today-quiet")).contains("华为技术 Huawei", "Contoso Components");
        selectAccount("华为技术 Huawei");
        assertThat(robot.lookup("#account-last-contact").queryAs(Label.class).getText())
                .isEqualTo(app.context.messages().get("contactlog.summary.never"));

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-account").queryAs(org.controlsfx.control.SearchableComboBox.class).getValue())
                .extracting(a -> ((Account) a).name()).isEqualTo("华为技术 Huawei");
        assertThat(robot.lookup("#log-save").query().isDisabled()).as("no subject yet").isTrue();
        robot.clickOn("#log-subject").write("电话回访 follow-up call");
        robot.clickOn("#log-notes").write("谈到明年的框架协议");
        robot.clickOn("#log-followup-what").write("发送报价单");
        javafx.scene.control.DatePicker followUp = robot.lookup("#log-followup-date").queryAs(
                javafx.scene.control.DatePicker.class);
        // typed, not confirmed with Enter: Ctrl+S still takes it
        robot.clickOn(followUp.getEditor()).write(followUp.getConverter().toString(TODAY.plusDays(7)));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-save").tryQuery()).as("the form is closed").isEmpty();

        assertThat(app.dialogs.errors).isEmpty();
        assertThat(quietNames()).containsExactly("Contoso Components");
        assertThat(robot.lookup("#account-last-contact").queryAs(Label.class).getText())
                .isEqualTo(app.context.messages().get("contactlog.summary.last", app.context.uiContext(null, null)
                        .formats().date(TODAY), 0));
        assertThat(daysSinceOf("华为技术 Huawei")).isEqualTo(0L);
        assertThat(daysSinceOf("Contoso Components")).isNull();
        ListView<TimelineEntry> timeline = robot.lookup("#account-timeline-list").queryListView();
        assertThat(timeline.getItems()).singleElement().satisfies(e -> {
            assertThat(e.interaction().notes()).isEqualTo("谈到明年的框架协议");
            assertThat(e.interaction().followUpOn()).isEqualTo(TODAY.plusDays(7));
            assertThat(e.interaction().followUpWhat()).isEqualTo("发送报价单");
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts("#today-quiet")).contains("Contoso Components").doesNotContain("华为技术 Huawei");
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
        robot.clickOn("#nav-accounts");
        robot.clickOn("#nav-today");
        assertThat(texts("#today-followups")).contains("发送报价单 send the quote");
        assertThat(texts("#today-complaints")).contains("交货延误 late delivery");

        dev.rapport.testutil.RunningApp.reveal(robot, ".followup-done-button");
        robot.clickOn(".followup-done-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts("#today-followups")).doesNotContain("发送报价单 send the quote");
        assertThat(app.context.contactLog().followUpsDue(TODAY)).isEmpty();

        dev.rapport.testutil.RunningApp.reveal(robot, ".complaint-resolve-button");
        robot.clickOn(".complaint-resolve-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#log-complaint-status").queryComboBox().getSelectionModel()
                .select(ComplaintStatus.RESOLVED));
        robot.clickOn("#log-resolution").write("补发货物 replacement sent");
        robot.clickOn("#log-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(texts("#today-complaints")).doesNotContain("交货延误 late delivery");
        assertThat(app.context.contactLog().openComplaints()).isEmpty();
    }

    @Test
    void aPersonsTimelineAndLastContactShowInTheContactsList() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        long wang = app.context.contacts().ofAccount(huawei).get(0).id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(3).atTime(12, 0), InteractionChannel.MEAL,
                "午餐 lunch").withContacts(java.util.List.of(wang)));
        robot.clickOn("#nav-contacts");
        @SuppressWarnings("unchecked")
        TableView<dev.rapport.domain.ContactListItem> people = robot.lookup("#table").queryAs(TableView.class);
        robot.interact(() -> people.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<TimelineEntry> timeline = robot.lookup("#contact-timeline-list").queryListView();
        assertThat(timeline.isVisible() && timeline.getScene() != null).isTrue();
        assertThat(timeline.getItems()).extracting(e -> e.interaction().subject()).containsExactly("午餐 lunch");
        @SuppressWarnings("unchecked")
        TableColumn<dev.rapport.domain.ContactListItem, Long> days = (TableColumn<dev.rapport.domain.ContactListItem, Long>)
                people.getColumns().stream().filter(c -> "contact-days-since-column".equals(c.getId())).findFirst()
                        .orElseThrow();
        assertThat(days.getCellData(people.getItems().get(0))).isEqualTo(3L);
    }

    /** Every text shown under the node the query finds. */
    private String texts(String query) {
        StringBuilder all = new StringBuilder();
        robot.lookup(query).queryAs(javafx.scene.Parent.class).lookupAll(".label").forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) {
                all.append(l.getText()).append('\n');
            }
        });
        return all.toString();
    }

    @Test
    void aComplaintResolvedFromTheTimelineLeavesTheOpenComplaintsAndShowsDaysToResolve() {
        openWithQuietAccounts();
        long huawei = app.context.accounts().list().stream().map(AccountListItem::account)
                .filter(a -> a.name().startsWith("华为")).findFirst().orElseThrow().id();
        app.context.contactLog().log(Interaction.of(huawei, TODAY.minusDays(4).atTime(15, 0),
                InteractionChannel.COMPLAINT, "交货延误 late delivery"));
        robot.clickOn("#nav-contacts");
        robot.clickOn("#nav-accounts");
        selectAccount("华为技术 Huawei");
        assertThat(robot.lookup("#account-open-complaints").query().isVisible()).isTrue();
        ListView<TimelineEntry> timeline = robot.lookup("#account-timeline-list").queryListView();
        assertThat(timeline.getItems()).hasSize(1);

        robot.interact(() -> timeline.getSelectionModel().select(0));
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#log-complaint-status");
        robot.clickOn(app.context.messages().of(ComplaintStatus.RESOLVED));
        robot.clickOn("#log-resolution").write("补发货物并致歉");
        robot.clickOn("#log-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.errors).isEmpty();
        assertThat(app.context.contactLog().openComplaints()).isEmpty();
        assertThat(robot.lookup("#account-open-complaints").query().isVisible()).isFalse();
        Interaction resolved = timeline.getItems().get(0).interaction();
        assertThat(resolved.complaintStatus()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.resolvedOn()).isEqualTo(TODAY);
        assertThat(resolved.daysToResolve()).isEqualTo(4);
        assertThat(resolved.resolution()).isEqualTo("补发货物并致歉");
    }

    @Test
    void aTimeThatIsNoTimeBlocksSavingAndSaysWhy() {
        openWithQuietAccounts();
        selectAccount("Contoso Components");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#log-subject").write("Besuch bei Müller");
        robot.doubleClickOn("#log-time").eraseText(6).write("25:99");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#log-error-time").queryAs(Label.class).getText())
                .isEqualTo(app.context.messages().get("contactlog.validation.time"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-save").tryQuery()).as("the form is closed").isEmpty();
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
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#log-subject").write("年终答谢宴 dinner");
        robot.interact(() -> {
            robot.lookup("#log-channel").queryComboBox().getSelectionModel().select(InteractionChannel.MEAL);
            robot.lookup("#log-plan-action").queryComboBox().getSelectionModel().select(1);
        });
        robot.clickOn("#log-cost").write("1280");
        robot.clickOn("#log-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.errors).isEmpty();
        dev.rapport.domain.plan.PlanAction done = app.context.plans().findAction(actionId).orElseThrow();
        assertThat(done.status()).isEqualTo(dev.rapport.domain.plan.ActionStatus.DONE);
        assertThat(done.actualCost()).isEqualByComparingTo("1280");
        assertThat(done.doneOn()).isEqualTo(TODAY);
        assertThat(app.context.contactLog().count()).isEqualTo(1);
    }

    private java.util.List<String> quietNames() {
        return app.context.contactLog().quietAccounts(TODAY).stream().map(ContactClock.QuietAccount::name).toList();
    }

    @SuppressWarnings("unchecked")
    private void selectAccount(String name) {
        robot.clickOn("#nav-accounts");
        TableView<AccountListItem> table = robot.lookup("#accountsTable").queryAs(TableView.class);
        AccountListItem item = table.getItems().stream().filter(i -> i.account().name().equals(name)).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private Long daysSinceOf(String name) {
        TableView<AccountListItem> table = robot.lookup("#accountsTable").queryAs(TableView.class);
        TableColumn<AccountListItem, Long> days = (TableColumn<AccountListItem, Long>) table.getColumns().stream()
                .filter(c -> "account-days-since-column".equals(c.getId())).findFirst().orElseThrow();
        AccountListItem item = table.getItems().stream().filter(i -> i.account().name().equals(name)).findFirst()
                .orElseThrow();
        return days.getCellData(item);
    }
}
