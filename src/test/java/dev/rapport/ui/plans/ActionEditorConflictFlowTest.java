package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.ActionEditorPage;
import dev.rapport.ui.pages.ConflictBarPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PlannerPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Planner's action editor saves the action on its own, so it keeps its text when the save is
 * refused (issue 17): the action is opened from "This month and overdue", marked done elsewhere
 * while the rep types, and Save is refused. Reload, Keep mine and Copy my text as for every editor.
 */
class ActionEditorConflictFlowTest {
    private static final String NOTES = "王总 liked the mooncakes; invite his deputy next time";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final PlannerPage planner = new PlannerPage(robot);
    private final ActionEditorPage editor = new ActionEditorPage(robot);
    private RunningApp app;
    private long actionId;
    private Contact wang;

    @BeforeEach
    void openADueActionFromThePlanner() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("杭州瑞丰电子"));
        wang = app.context.contacts().save(Contact.named("王建国", account.id()));
        Plan plan = app.context.plans().save(Plan.draft(account.id(), LocalDate.now().getYear()).withActions(List.of(
                PlanAction.planned("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT, YearMonth.now()))));
        actionId = plan.actions().get(0).id();
        new MainWindowPage(robot).go("planner");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(msg().get("plans.planner.dueTab"));
        WaitForAsyncUtils.waitForFxEvents();
        planner.selectDue(0);
        planner.editDueAction();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private Messages msg() {
        return app.context.messages();
    }

    private PlanAction stored() {
        return app.context.plans().findAction(actionId).orElseThrow();
    }

    private boolean editorOpen() {
        return editor.isOpen();
    }

    private void typeThenSaveAfterItWasMarkedDoneElsewhere() {
        editor.typeNotes(NOTES);
        app.context.plans().markActionDone(actionId, null, null);
        app.context.plans().saveAction(stored().withOwnerAndContacts("", List.of(wang.id())));
        editor.ok();
    }

    @Test
    void aSaveThatGoesThroughWritesTheActionAndClosesTheEditor() {
        editor.typeNotes(NOTES);
        editor.ok();

        assertThat(editorOpen()).isFalse();
        assertThat(stored().notes()).isEqualTo(NOTES);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aSecondOpenOfTheSameActionBringsItsEditorToTheFront() throws Exception {
        String title = msg().get("plans.action.edit");
        planner.fireEditDueAction();

        long open = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).count()).get(10, TimeUnit.SECONDS);
        assertThat(open).isEqualTo(1);
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTextAndTheStrip() {
        typeThenSaveAfterItWasMarkedDoneElsewhere();

        assertThat(editorOpen()).isTrue();
        assertThat(editor.notes()).isEqualTo(NOTES);
        assertThat(new ConflictBarPage(robot).shown()).isTrue();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void reloadPutsTheStoredActionIntoTheOpenEditor() {
        typeThenSaveAfterItWasMarkedDoneElsewhere();

        new ConflictBarPage(robot).reload();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isTrue();
        assertThat(editor.notes()).isEmpty();
        ComboBox<ActionStatus> status = editor.status();
        assertThat(status.getValue()).isEqualTo(ActionStatus.DONE);
        CheckComboBox<Contact> people = editor.people();
        assertThat(people.getCheckModel().getCheckedItems()).as("the people follow the reloaded action")
                .extracting(Contact::name).containsExactly("王建国");
        assertThat(new ConflictBarPage(robot).shown()).isFalse();
        assertThat(editor.okButton().isDisabled()).isFalse();
    }

    @Test
    void keepMineWritesMineAndClosesTheEditor() {
        typeThenSaveAfterItWasMarkedDoneElsewhere();

        new ConflictBarPage(robot).keepMine();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isFalse();
        assertThat(stored().notes()).isEqualTo(NOTES);
        assertThat(stored().status()).as("my copy, as the editor showed it").isEqualTo(ActionStatus.PLANNED);
        assertThat(stored().contactIds()).isEmpty();
    }

    @Test
    void copyMyTextPutsItOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        typeThenSaveAfterItWasMarkedDoneElsewhere();

        new ConflictBarPage(robot).copyMyText();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(msg().get("plans.action.title") + ": 中秋拜访\n"
                + msg().get("plans.action.notes") + ": " + NOTES);
        assertThat(editorOpen()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
