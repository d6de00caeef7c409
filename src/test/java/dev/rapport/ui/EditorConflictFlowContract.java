package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.ConflictBar;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 as a rep clicks it, for every record editor of decision 16: the editor of a stored record
 * is open and the rep types into one of its text fields; the same field is changed (or the record
 * deleted) behind its back, through the service, as the command line or another window would; then
 * Save is refused. The editor stays open with the text and offers Reload, Keep mine and Copy my text.
 * Each subclass says how to open its editor and how to change or delete its record elsewhere.
 */
abstract class EditorConflictFlowContract {
    @TempDir
    Path dataDir;

    protected final FxRobot robot = new FxRobot();
    protected RunningApp app;
    /** Runs work at once until a test holds it, to see the editor while its save runs. */
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final String fieldId;
    private final String labelKey;
    private final String saveId;
    private final String mine;
    private final String elsewhere;

    /**
     * @param fieldId   the text field typed into, as a lookup ("#gift-what")
     * @param labelKey  its label, as "Copy my text" names it
     * @param saveId    the editor's Save button, as a lookup
     * @param mine      what the rep types into the field
     * @param elsewhere what the other writer puts into the same field
     */
    EditorConflictFlowContract(String fieldId, String labelKey, String saveId, String mine, String elsewhere) {
        this.fieldId = fieldId;
        this.labelKey = labelKey;
        this.saveId = saveId;
        this.mine = mine;
        this.elsewhere = elsewhere;
    }

    /** Stores the record and opens its editor in the window. */
    protected abstract void openTheEditorOfAStoredRecord();

    /** Writes the text into the field of the stored record, as another window would. */
    protected abstract void changeElsewhere(String text);

    /** Deletes the stored record, as another window would. */
    protected abstract void deleteElsewhere();

    /** The field's value as stored now. */
    protected abstract String stored();

    /**
     * The people screen with its first person selected, the memory tab chosen and its first row
     * opened with Edit: how the family member, important date and gift editors open.
     *
     * @param tabId the memory tab ("#tab-gifts")
     * @param rows  the prefix of the tab's list and Edit button ("gift" for #gift-list, #gift-edit)
     */
    protected void editTheFirstRowOnTheMemoryTab(String tabId, String rows) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> people = robot.lookup("#" + dev.rapport.ui.contacts.ContactsIds.TABLE).queryAs(TableView.class);
        robot.interact(() -> people.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(tabId);
        ListView<?> list = robot.lookup("#" + rows + "-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#" + rows + "-edit");
    }

    @BeforeEach
    void openTheEditorAndType() {
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), executor);
        openTheEditorOfAStoredRecord();
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup(fieldId).queryTextInputControl();
        robot.interact(field::clear);
        robot.clickOn(fieldId).write(mine);
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private void save() {
        robot.clickOn(saveId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAfterAChangeElsewhere() {
        changeElsewhere(elsewhere);
        save();
    }

    private boolean editorOpen() {
        return robot.lookup(fieldId).tryQuery().isPresent();
    }

    private String typed() {
        return robot.lookup(fieldId).queryTextInputControl().getText();
    }

    private boolean stripShown() {
        return robot.lookup("#" + ConflictBar.BOX_ID).query().isVisible();
    }

    @Test
    void whileTheSaveRunsTheEditorSaysSavingAndSaveCannotBePressedAgainThenItClosesSaved() {
        executor.hold();
        save();

        assertThat(editorOpen()).isTrue();
        assertThat(robot.lookup("#" + ConflictBar.SAVING_ID).query().isVisible()).isTrue();
        assertThat(robot.lookup(saveId).query().isDisabled()).isTrue();
        assertThat(executor.heldCount()).isOne();

        executor.release();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editorOpen()).isFalse();
        assertThat(stored()).isEqualTo(mine);
    }

    @Test
    void escapeWhileTheSaveRunsDoesNotCloseTheEditorSoTheRepSeesTheSaveLand() {
        executor.hold();
        save();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOpen()).as("a save that goes on behind a closed editor was typed again").isTrue();

        executor.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOpen()).isFalse();
        assertThat(stored()).isEqualTo(mine);
        assertThat(app.dialogs.confirmations).as("nothing to discard: it was saved").isEmpty();
    }

    @Test
    void escapeAfterTypingAsksBeforeTheTextIsThrownAway() {
        String before = stored();
        app.dialogs.answering(false);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).containsExactly(app.context.messages().get("editor.discard.question"));
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(mine);

        app.dialogs.answering(true);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOpen()).isFalse();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSaveRefusedBecauseTheRecordChangedElsewhereLeavesTheEditorOpenWithTheTextAndTheStrip() {
        saveAfterAChangeElsewhere();

        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(mine);
        assertThat(stripShown()).isTrue();
        assertThat(robot.lookup("#" + ConflictBar.MESSAGE_ID).queryLabeled().getText()).isNotBlank();
        assertThat(robot.lookup(saveId).query().isDisabled()).as("the strip's choices, not Save").isTrue();
        assertThat(app.dialogs.errors).as("no error dialog takes the place of the editor").isEmpty();
        assertThat(stored()).isEqualTo(elsewhere);
    }

    @Test
    void reloadAfterAConfirmationPutsTheStoredVersionIntoTheEditor() {
        saveAfterAChangeElsewhere();

        robot.clickOn("#" + ConflictBar.RELOAD_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).containsExactly(app.context.messages().get("conflict.reload.question"));
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(elsewhere);
        assertThat(stripShown()).isFalse();
        assertThat(robot.lookup(saveId).query().isDisabled()).isFalse();
    }

    @Test
    void keepMineAfterAConfirmationSavesTheTypedTextOverTheNewerChangeAndClosesTheEditor() {
        saveAfterAChangeElsewhere();

        robot.clickOn("#" + ConflictBar.KEEP_MINE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).containsExactly(app.context.messages().get("conflict.keepMine.question"));
        assertThat(editorOpen()).isFalse();
        assertThat(stored()).isEqualTo(mine);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void copyMyTextPutsTheTypedTextOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        saveAfterAChangeElsewhere();

        robot.clickOn("#" + ConflictBar.COPY_ID);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied.lines()).contains(app.context.messages().get(labelKey) + ": " + mine);
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(mine);
    }

    @Test
    void aSaveOfARecordDeletedElsewhereSaysItIsGoneAndKeepsTheText() {
        deleteElsewhere();
        save();

        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(mine);
        // a hard-deleted row is gone; a soft-deleted one without a time still names who deleted it (decision 0017)
        assertThat(robot.lookup("#" + ConflictBar.MESSAGE_ID).queryLabeled().getText())
                .isIn(app.context.messages().get("conflict.editor.gone"), app.context.messages().get(
                        "conflict.editor.changedWho", dev.rapport.domain.ChangedBy.window()));

        robot.clickOn("#" + ConflictBar.RELOAD_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.infos).containsExactly(app.context.messages().get("conflict.editor.gone"));
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).as("nothing to reload: the text stays").isEqualTo(mine);
    }
}
