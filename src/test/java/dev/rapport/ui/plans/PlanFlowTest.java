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
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ActionEditorPage;
import dev.rapport.ui.pages.InteractionEditorPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlanEditorPage;
import dev.rapport.ui.pages.PlanSummaryPage;
import dev.rapport.ui.pages.PlannerPage;
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
    private final PlannerPage planner = new PlannerPage(robot);
    private final PlanEditorPage editor = new PlanEditorPage(robot);
    private final ActionEditorPage action = new ActionEditorPage(robot);
    private final PlanSummaryPage summary = new PlanSummaryPage(robot);
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
        new MainWindowPage(robot).go("planner");
        new MainWindowPage(robot).go("accounts");
        WaitForAsyncUtils.waitForFxEvents();
        selectFirstAccount();
        assertThat(summary.openButton().getText()).contains(Integer.toString(year));
        summary.openPlan();
        editor.typeBudget("10000");
        editor.showTab(msg().get("plans.tab.actions"));

        addAction(RelationshipLevel.FINANCIAL, "plans.suggest.loyaltyPoints", "3000");
        addAction(RelationshipLevel.SOCIAL, "plans.suggest.birthdayGift", "800");
        addAction(RelationshipLevel.STRUCTURAL, "plans.suggest.training", "9000");
        TableView<PlanAction> table = editor.actions();
        assertThat(table.getItems()).extracting(PlanAction::level).containsExactly(RelationshipLevel.FINANCIAL,
                RelationshipLevel.SOCIAL, RelationshipLevel.STRUCTURAL);
        assertThat(table.getItems().get(1).title()).isEqualTo(msg().get("plans.suggest.birthdayGift"));
        assertThat(table.getItems().get(1).type()).isEqualTo(ActionType.GIFT);

        editor.selectAction(1);
        editor.markActionDone();
        assertThat(table.getItems().get(1).status()).isEqualTo(ActionStatus.DONE);
        editor.editAction();
        action.typeActualCost("750");
        action.chooseEffect(4);
        action.ok();
        assertThat(editor.overBudgetShown()).as("12,800 planned of 10,000").isTrue();

        editor.showTab(msg().get("plans.tab.review"));
        assertThat(editor.figure("SOCIAL", "planned")).isEqualTo("1");
        assertThat(editor.figure("SOCIAL", "done")).isEqualTo("1");
        assertThat(editor.figure("SOCIAL", "actual")).isEqualTo("750");
        assertThat(editor.figure("SOCIAL", "effect")).isEqualTo("4");
        assertThat(editor.figure("FINANCIAL", "done")).isEqualTo("0");
        assertThat(editor.figure("total", "planned")).isEqualTo("3");
        assertThat(editor.figure("total", "done")).isEqualTo("1");
        assertThat(editor.figure("total", "budget")).isEqualTo("12,800");
        assertThat(editor.figure("total", "actual")).isEqualTo("750");
        editor.typeConclusion("生日鲜花效果很好");
        editor.save();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(summary.progressText()).contains("1 of 3 actions done").contains("750 of 10,000");
        assertThat(summary.overBudgetShown()).isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        Plan stored = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(stored.actions()).hasSize(3);
        assertThat(stored.review().conclusion()).isEqualTo("生日鲜花效果很好");
        assertThat(stored.figures().level(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("750");
        selectFirstAccount();
        assertThat(summary.progressText()).contains("1 of 3 actions done");
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
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planner.chipIsIn(id, account.id(), 3)).isTrue();

        planner.dragChip(id, account.id(), 6);
        assertThat(app.context.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(year, 6));
        assertThat(planner.chipIsIn(id, account.id(), 6)).isTrue();
        assertThat(app.dialogs.errors).isEmpty();

        Node chipNode = planner.chip(id);
        robot.interact(chipNode::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(year, 7));
        assertThat(planner.chip(id).isFocused()).as("the moved chip keeps the focus").isTrue();
        app.close();

        app = RunningApp.open(dataDir);
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planner.chipIsIn(id, account.id(), 7)).isTrue();

        planner.clickChip(id);
        TableView<PlanAction> actions = editor.actions();
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
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = planner.emptyText();
        assertThat(empty.isVisible()).isTrue();
        String button = planner.newPlanButton().getText();
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
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planner.newPlanButton().getText()).isEqualTo(msg().get("plans.planner.newPlan"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Account> accounts = planner.newPlanAccounts();
        assertThat(accounts.getItems()).as("only accounts without a plan for the year")
                .extracting(Account::name).containsExactly("华为技术 Huawei");
        assertThat(planner.newPlanCreateButton().isDisabled()).isTrue();
        planner.createPlanFor(accounts.getItems().get(0));
        editor.typeBudget("20000");
        editor.save();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(planner.row(unplanned.id())).as("a row in the grid").isPresent();

        planner.newPlan();
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
        new AccountsPage(robot).delete();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("北京天合贸易有限公司")
                .contains("2 yearly plans");
        assertThat(app.context.accounts().list()).isEmpty();
        assertThat(app.context.plans().planner(year)).isEmpty();
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().planner(year)).hasSize(1);
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planner.chips()).hasSize(1);
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
        summary.openPlan();
        editor.planNextYear();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains(Integer.toString(year + 1));
        TableView<PlanAction> table = editor.actions();
        assertThat(table.getItems()).extracting(PlanAction::title).containsExactly("Mid-Autumn mooncakes");
        assertThat(table.getItems().get(0).month()).isEqualTo(YearMonth.of(year + 1, 9));
        editor.save();
        assertThat(app.context.plans().plansOf(account.id())).extracting(Plan::year).containsExactly(year + 1, year);
        assertThat(app.dialogs.errors).isEmpty();
        summary.openYear(year + 1);
        assertThat(editor.actions().getItems()).as("next year's plan opens from its link")
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
        InteractionEditorPage form = new InteractionEditorPage(robot);
        ComboBox<PlanAction> choice = form.planAction();
        assertThat(choice.getItems()).extracting(a -> a == null ? null : a.title())
                .as("the open actions, nearest first").containsExactly(null, "中秋拜访", "Training");
        form.typeSubject("中秋拜访王总");
        form.typeCost("620");
        robot.interact(() -> choice.setValue(choice.getItems().get(1)));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        PlanAction done = app.context.plans().findAction(visitId).orElseThrow();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.actualCost()).isEqualByComparingTo("620");
        assertThat(done.doneOn()).isEqualTo(LocalDate.now());
        assertThat(summary.progressText()).contains("1 of 2 actions done");
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
        summary.openPlan();
        editor.delete();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("Alpine Systems");
        assertThat(app.context.plans().planFor(account.id(), year)).isEmpty();
        assertThat(summary.progressText()).contains(Integer.toString(year));
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.plans().planFor(account.id(), year).orElseThrow().actions())
                .extracting(PlanAction::title).containsExactly("客户工程师培训");
        assertThat(summary.progressText()).contains("0 of 1 action done");
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
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        planner.waitForRow(account.id());
        planner.openPlanOf(account.id());
        editor.waitUntilOpen();
        editor.delete();
        assertThat(app.dialogs.confirmations).singleElement().asString().contains("上海天合 Tianhe");
        assertThat(planner.row(account.id())).as("the row leaves the grid").isEmpty();
        assertThat(app.context.plans().planner(year)).isEmpty();

        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Plan back = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(back.id()).as("undo keeps the plan's id").isEqualTo(saved.id());
        assertThat(back.actions()).extracting(PlanAction::id).containsExactly(actionId);
        assertThat(planner.row(account.id())).isPresent();
        assertThat(planner.hasChip(actionId)).as("the chip keeps its action id").isTrue();
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
        summary.openPlan();
        editor.chooseStatus(dev.rapport.domain.plan.PlanStatus.CLOSED);
        editor.showTab(msg().get("plans.tab.review"));
        assertThat(editor.reviewRevenue()).isEqualTo("1,200,000");
        assertThat(editor.reviewShare()).isEqualTo("35");
        editor.save();
        assertThat(app.dialogs.errors).isEmpty();
        Plan stored = app.context.plans().planFor(account.id(), year).orElseThrow();
        assertThat(stored.status()).isEqualTo(dev.rapport.domain.plan.PlanStatus.CLOSED);
        assertThat(stored.review().actualRevenue()).isEqualByComparingTo("1200000");
        assertThat(stored.review().levelReached()).isEqualTo(RelationshipLevel.STRUCTURAL);
        assertThat(stored.review().reviewedOn()).isEqualTo(LocalDate.now());
    }

    private void addAction(RelationshipLevel level, String suggestionKey, String budget) {
        editor.addAction();
        action.chooseLevel(level);
        action.chooseSuggestion(msg().get(suggestionKey));
        action.typeBudget(budget);
        action.ok();
    }

    private void selectFirstAccount() {
        new MainWindowPage(robot).go("accounts");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = new AccountsPage(robot).table();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
