package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A yearly plan and the Planner as a rep clicks through them, on a real data folder, headless. */
class PlanFlowTest {
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

    private Messages msg() {
        return app.context.messages();
    }

    @Test
    void aPlanWithOneActionPerLevelAndOneDoneShowsTheReviewFiguresAndIsThereAfterRestart() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("华为技术 Huawei"));
        int year = LocalDate.now().getYear();
        robot.clickOn("#nav-planner");
        robot.clickOn("#nav-accounts");
        WaitForAsyncUtils.waitForFxEvents();
        selectFirstAccount();
        assertThat(robot.lookup("#plan-open").queryButton().getText()).contains(Integer.toString(year));
        RunningApp.reveal(robot, "#plan-open");
        robot.clickOn("#plan-open");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plan-budget").write("10000");
        robot.clickOn(msg().get("plans.tab.actions"));

        addAction(RelationshipLevel.FINANCIAL, "plans.suggest.loyaltyPoints", "3000");
        addAction(RelationshipLevel.SOCIAL, "plans.suggest.birthdayGift", "800");
        addAction(RelationshipLevel.STRUCTURAL, "plans.suggest.training", "9000");
        TableView<PlanAction> table = robot.lookup("#plan-actions").queryTableView();
        assertThat(table.getItems()).extracting(PlanAction::level).containsExactly(RelationshipLevel.FINANCIAL,
                RelationshipLevel.SOCIAL, RelationshipLevel.STRUCTURAL);
        assertThat(table.getItems().get(1).title()).isEqualTo(msg().get("plans.suggest.birthdayGift"));
        assertThat(table.getItems().get(1).type()).isEqualTo(ActionType.GIFT);

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#action-mark-done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(1).status()).isEqualTo(ActionStatus.DONE);
        robot.clickOn("#action-edit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#action-actual").write("750");
        choose("#action-effect", 4);
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-budget-flag").query().isVisible()).as("12,800 planned of 10,000").isTrue();

        robot.clickOn(msg().get("plans.tab.review"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#figures-SOCIAL-planned")).isEqualTo("1");
        assertThat(text("#figures-SOCIAL-done")).isEqualTo("1");
        assertThat(text("#figures-SOCIAL-actual")).isEqualTo("750");
        assertThat(text("#figures-SOCIAL-effect")).isEqualTo("4");
        assertThat(text("#figures-FINANCIAL-done")).isEqualTo("0");
        assertThat(text("#figures-total-planned")).isEqualTo("3");
        assertThat(text("#figures-total-done")).isEqualTo("1");
        assertThat(text("#figures-total-budget")).isEqualTo("12,800");
        assertThat(text("#figures-total-actual")).isEqualTo("750");
        robot.clickOn("#review-conclusion").write("生日鲜花效果很好");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(text("#plan-summary-text")).contains("1 of 3 actions done").contains("750 of 10,000");
        assertThat(robot.lookup("#plan-summary-flag").query().isVisible()).isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        Plan stored = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(stored.actions()).hasSize(3);
        assertThat(stored.review().conclusion()).isEqualTo("生日鲜花效果很好");
        assertThat(stored.figures().level(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("750");
        selectFirstAccount();
        assertThat(text("#plan-summary-text")).contains("1 of 3 actions done");
    }

    @Test
    void anActionDraggedToAnotherMonthOrMovedWithTheKeyboardStaysThereAfterRestart() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("Contoso GmbH"));
        Plan plan = app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.of(year, 3))
                        .withBudget(new BigDecimal("500")))));
        long id = plan.actions().get(0).id();
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        String chip = "#plan-chip-" + id;
        assertThat(cellOf(chip)).isEqualTo("planner-cell-" + account.id() + "-3");

        robot.drag(chip).dropTo("#planner-cell-" + account.id() + "-6");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(year, 6));
        assertThat(cellOf(chip)).isEqualTo("planner-cell-" + account.id() + "-6");
        assertThat(app.dialogs.errors).isEmpty();

        Node chipNode = robot.lookup(chip).query();
        robot.interact(chipNode::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(year, 7));
        assertThat(robot.lookup(chip).query().isFocused()).as("the moved chip keeps the focus").isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellOf(chip)).isEqualTo("planner-cell-" + account.id() + "-7");

        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlanAction> actions = robot.lookup("#plan-actions").queryTableView();
        assertThat(actions.getItems()).extracting(PlanAction::title).as("a click opens the chip's plan")
                .containsExactly("中秋拜访");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(year, 7));
    }

    @Test
    void aYearWithoutPlansPointsToNewPlanAndItsShortcut() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        app.context.accounts().save(Account.named("华为技术 Huawei"));
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = robot.lookup("#planner-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        String button = robot.lookup("#planner-new-plan").queryButton().getText();
        assertThat(empty.getText()).isEqualTo(msg().get("plans.planner.empty", year, button, "Ctrl+N"))
                .contains(Integer.toString(year), button, "Ctrl+N");
    }

    @Test
    void theEmptyPlannerTextNamesTheNewPlanButtonAndItsShortcutInEveryLanguage() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.Locale.TRADITIONAL_CHINESE)) {
            Messages m = new Messages(locale);
            String button = m.get("plans.planner.newPlan");
            assertThat(m.get("plans.planner.empty", 2027, button, "Ctrl+N")).as(locale.toString())
                    .contains("2027", button, "Ctrl+N");
        }
    }

    @Test
    void ctrlNInThePlannerCreatesThePlanOfAnAccountWithoutOneAndItIsThereAfterRestart() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account planned = app.context.accounts().save(Account.named("Contoso GmbH"));
        app.context.plans().save(Plan.draft(planned.id(), year));
        Account unplanned = app.context.accounts().save(Account.named("华为技术 Huawei"));
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planner-new-plan").queryButton().getText()).isEqualTo(msg().get("plans.planner.newPlan"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Account> accounts = robot.lookup("#new-plan-account").queryComboBox();
        assertThat(accounts.getItems()).as("only accounts without a plan for the year")
                .extracting(Account::name).containsExactly("华为技术 Huawei");
        assertThat(robot.lookup("#new-plan-create").query().isDisabled()).isTrue();
        robot.interact(() -> accounts.setValue(accounts.getItems().get(0)));
        robot.clickOn("#new-plan-create");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plan-budget").write("20000");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(robot.lookup("#planner-account-" + unplanned.id()).tryQuery()).as("a row in the grid").isPresent();

        robot.clickOn("#planner-new-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.infos).last().isEqualTo(msg().get("plans.planner.newPlan.allPlanned", year));
        app.close();

        app = RunningApp.open(dataDir);
        assertThat(app.context.plans().planFor(unplanned.id(), year).orElseThrow().budget())
                .isEqualByComparingTo("20000");
    }

    @Test
    void deletingAnAccountWithPlansSaysSoAndUndoBringsThePlansBack() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("北京天合贸易有限公司"));
        app.context.plans().save(Plan.draft(account.id(), year - 1));
        app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("年终返利", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE,
                        YearMonth.of(year, 12)))));
        selectFirstAccount();
        RunningApp.reveal(robot, "#account-delete");
        robot.clickOn("#account-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("北京天合贸易有限公司")
                .contains("2 yearly plans");
        assertThat(app.context.accounts().list()).isEmpty();
        assertThat(app.context.plans().planner(year)).isEmpty();
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().planner(year)).hasSize(1);
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planner-grid .plan-chip").queryAll()).hasSize(1);
    }

    @Test
    void planNextYearFromTheEditorCreatesNextYearsDraftWithTheRecurringActionsAndOpensIt() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("Mid-Autumn mooncakes", RelationshipLevel.SOCIAL, ActionType.GIFT,
                        YearMonth.of(year, 9)).withRecurring(true),
                PlanAction.planned("One-off visit", RelationshipLevel.SOCIAL, ActionType.VISIT,
                        YearMonth.of(year, 4)))));
        app.dialogs.answering(false);
        selectFirstAccount();
        RunningApp.reveal(robot, "#plan-open");
        robot.clickOn("#plan-open");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plan-next-year");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains(Integer.toString(year + 1));
        TableView<PlanAction> table = robot.lookup("#plan-actions").queryTableView();
        assertThat(table.getItems()).extracting(PlanAction::title).containsExactly("Mid-Autumn mooncakes");
        assertThat(table.getItems().get(0).month()).isEqualTo(YearMonth.of(year + 1, 9));
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().plansOf(account.id())).extracting(Plan::year).containsExactly(year + 1, year);
        assertThat(app.dialogs.errors).isEmpty();
        RunningApp.reveal(robot, "#plan-year-" + (year + 1));
        robot.clickOn("#plan-year-" + (year + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-actions").queryTableView().getItems()).as("next year's plan opens from its link")
                .hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLoggedVisitMarksThePlannedActionItFulfilsDoneWithItsCostAndTheReviewShowsIt() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("杭州瑞丰电子"));
        Plan plan = app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(year, 12)),
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.now())
                        .onDate(LocalDate.now()).withBudget(new BigDecimal("500")))));
        long visitId = plan.actions().get(1).id();
        selectFirstAccount();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<PlanAction> choice = robot.lookup("#log-plan-action").queryComboBox();
        assertThat(choice.getItems()).extracting(a -> a == null ? null : a.title())
                .as("the open actions, nearest first").containsExactly(null, "中秋拜访", "Training");
        robot.clickOn("#log-subject").write("中秋拜访王总");
        robot.clickOn("#log-cost").write("620");
        robot.interact(() -> choice.setValue(choice.getItems().get(1)));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        PlanAction done = app.context.plans().findAction(visitId).orElseThrow();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.actualCost()).isEqualByComparingTo("620");
        assertThat(done.doneOn()).isEqualTo(LocalDate.now());
        assertThat(text("#plan-summary-text")).contains("1 of 2 actions done");
    }

    @Test
    void aPlanDeletedFromTheEditorComesBackWithUndo() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("Alpine Systems"));
        app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("客户工程师培训", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(year, 10)))));
        selectFirstAccount();
        RunningApp.reveal(robot, "#plan-open");
        robot.clickOn("#plan-open");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plan-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("Alpine Systems");
        assertThat(app.context.plans().planFor(account.id(), year)).isEmpty();
        assertThat(text("#plan-summary-text")).contains(Integer.toString(year));
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().planFor(account.id(), year).orElseThrow().actions())
                .extracting(PlanAction::title).containsExactly("客户工程师培训");
        assertThat(text("#plan-summary-text")).contains("0 of 1 action done");
    }

    @Test
    void aPlanDeletedFromThePlannerComesBackWithUndoWithTheSameIdsAndItsRowAndChip() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(Account.named("上海天合 Tianhe"));
        Plan saved = app.context.plans().save(Plan.draft(account.id(), year).withActions(List.of(
                PlanAction.planned("年终返利", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE,
                        YearMonth.of(year, 12)))));
        long actionId = saved.actions().get(0).id();
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilShown("#planner-account-" + account.id());
        robot.clickOn("#planner-account-" + account.id());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilShown("#plan-delete");
        robot.clickOn("#plan-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("上海天合 Tianhe");
        assertThat(robot.lookup("#planner-account-" + account.id()).tryQuery()).as("the row leaves the grid").isEmpty();
        assertThat(app.context.plans().planner(year)).isEmpty();

        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Plan back = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(back.id()).as("undo keeps the plan's id").isEqualTo(saved.id());
        assertThat(back.actions()).extracting(PlanAction::id).containsExactly(actionId);
        assertThat(robot.lookup("#planner-account-" + account.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#plan-chip-" + actionId).tryQuery()).as("the chip keeps its action id").isPresent();
    }

    @Test
    void closingAPlanInTheEditorFillsItsReviewFromTheAccountBeforeItIsSaved() {
        app = RunningApp.open(dataDir);
        int year = LocalDate.now().getYear();
        Account account = app.context.accounts().save(new Account(null, "北京天合贸易", dev.rapport.domain.PartyType.CUSTOMER,
                dev.rapport.domain.Tier.A, dev.rapport.domain.LifecycleStage.GROWTH, RelationshipLevel.STRUCTURAL, null,
                "", "", "", "", new BigDecimal("1200000"), new BigDecimal("20"), new BigDecimal("35"), 4, "",
                List.of(), "", null, null, 0L));
        app.context.plans().save(Plan.draft(account.id(), year).withStatus(dev.rapport.domain.plan.PlanStatus.ACTIVE));
        selectFirstAccount();
        RunningApp.reveal(robot, "#plan-open");
        robot.clickOn("#plan-open");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<dev.rapport.domain.plan.PlanStatus> status = robot.lookup("#plan-status").queryComboBox();
        robot.interact(() -> status.setValue(dev.rapport.domain.plan.PlanStatus.CLOSED));
        robot.clickOn(msg().get("plans.tab.review"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-revenue").queryTextInputControl().getText()).isEqualTo("1,200,000");
        assertThat(robot.lookup("#review-share").queryTextInputControl().getText()).isEqualTo("35");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        Plan stored = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(stored.status()).isEqualTo(dev.rapport.domain.plan.PlanStatus.CLOSED);
        assertThat(stored.review().actualRevenue()).isEqualByComparingTo("1200000");
        assertThat(stored.review().levelReached()).isEqualTo(RelationshipLevel.STRUCTURAL);
        assertThat(stored.review().reviewedOn()).isEqualTo(LocalDate.now());
    }

    private void addAction(RelationshipLevel level, String suggestionKey, String budget) {
        robot.clickOn("#action-add");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<RelationshipLevel> levels = robot.lookup("#action-level").queryComboBox();
        robot.interact(() -> levels.setValue(level));
        robot.clickOn("#action-suggestion");
        robot.clickOn(msg().get(suggestionKey));
        robot.clickOn("#action-budget").write(budget);
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilShown(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never showed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String comboId, Integer value) {
        ComboBox<Integer> box = robot.lookup(comboId).queryComboBox();
        robot.interact(() -> box.setValue(value));
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String cellOf(String chipId) {
        Node n = robot.lookup(chipId).query();
        Pane parent = (Pane) n.getParent();
        return parent.getId();
    }

    private void selectFirstAccount() {
        robot.clickOn("#nav-accounts");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#accountsTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
