package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.ConflictBarPage;
import dev.rapport.ui.pages.ContactMemoryPage;
import dev.rapport.ui.pages.ContactsPage;
import dev.rapport.ui.pages.EditorPage;
import java.nio.file.Path;
import java.time.Clock;
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
    private final EditorPage editor;
    private final ConflictBarPage conflict = new ConflictBarPage(robot);
    private final String labelKey;
    private final String mine;
    private final String elsewhere;

    /**
     * @param fieldId   the text field typed into, by its node id ({@code GiftEditorIds.WHAT})
     * @param labelKey  its label, as "Copy my text" names it
     * @param saveId    the editor's Save button, by its node id
     * @param mine      what the rep types into the field
     * @param elsewhere what the other writer puts into the same field
     */
    EditorConflictFlowContract(String fieldId, String labelKey, String saveId, String mine, String elsewhere) {
        this.editor = new EditorPage(robot, fieldId, saveId);
        this.labelKey = labelKey;
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
     * @param tabId the memory tab ({@code ContactMemoryIds.TAB_GIFTS})
     * @param rows  the prefix of the tab's list and Edit button ({@code ContactMemoryIds.GIFT})
     */
    protected void editTheFirstRowOnTheMemoryTab(String tabId, String rows) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        new ContactsPage(robot).selectFirst();
        ContactMemoryPage memory = new ContactMemoryPage(robot);
        memory.tab(tabId).select(rows, 0);
        memory.edit(rows);
    }

    @BeforeEach
    void openTheEditorAndType() {
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), executor);
        openTheEditorOfAStoredRecord();
        WaitForAsyncUtils.waitForFxEvents();
        editor.replaceText(mine);
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private void save() {
        editor.save();
    }

    private void saveAfterAChangeElsewhere() {
        changeElsewhere(elsewhere);
        save();
    }

    private boolean editorOpen() {
        return editor.isOpen();
    }

    private String typed() {
        return editor.text();
    }

    private boolean stripShown() {
        return conflict.shown();
    }

    @Test
    void whileTheSaveRunsTheEditorSaysSavingAndSaveCannotBePressedAgainThenItClosesSaved() {
        executor.hold();
        save();

        assertThat(editorOpen()).isTrue();
        assertThat(conflict.savingShown()).isTrue();
        assertThat(editor.saveDisabled()).isTrue();
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
        assertThat(conflict.message()).isNotBlank();
        assertThat(editor.saveDisabled()).as("the strip's choices, not Save").isTrue();
        assertThat(app.dialogs.errors).as("no error dialog takes the place of the editor").isEmpty();
        assertThat(stored()).isEqualTo(elsewhere);
    }

    @Test
    void reloadAfterAConfirmationPutsTheStoredVersionIntoTheEditor() {
        saveAfterAChangeElsewhere();

        conflict.reload();

        assertThat(app.dialogs.confirmations).containsExactly(app.context.messages().get("conflict.reload.question"));
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).isEqualTo(elsewhere);
        assertThat(stripShown()).isFalse();
        assertThat(editor.saveDisabled()).isFalse();
    }

    @Test
    void keepMineAfterAConfirmationSavesTheTypedTextOverTheNewerChangeAndClosesTheEditor() {
        saveAfterAChangeElsewhere();

        conflict.keepMine();

        assertThat(app.dialogs.confirmations).containsExactly(app.context.messages().get("conflict.keepMine.question"));
        assertThat(editorOpen()).isFalse();
        assertThat(stored()).isEqualTo(mine);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void copyMyTextPutsTheTypedTextOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        saveAfterAChangeElsewhere();

        conflict.copyMyText();

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
        assertThat(conflict.message())
                .isIn(app.context.messages().get("conflict.editor.gone"), app.context.messages().get(
                        "conflict.editor.changedWho", dev.rapport.domain.ChangedBy.window()));

        conflict.reload();

        assertThat(app.dialogs.infos).containsExactly(app.context.messages().get("conflict.editor.gone"));
        assertThat(editorOpen()).isTrue();
        assertThat(typed()).as("nothing to reload: the text stays").isEqualTo(mine);
    }
}
