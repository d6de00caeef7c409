package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.ConflictBar;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 as a rep clicks it: the account editor is open with typed text, the account changes
 * behind its back (through the service, as the command line or another window would), and Save is
 * refused. The editor stays open with the text and offers Reload, Keep mine and Copy my text.
 */
class AccountEditorConflictFlowTest {
    private static final String NOTES = "Met the new CFO, 王芳; she wants quarterly reviews";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private long id;

    @BeforeEach
    void typeIntoAnEditorWhileTheAccountChangesElsewhereThenSave() {
        app = RunningApp.open(dataDir);
        robot.clickOn("#nav-accounts");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nameField").write("Fabrikam Foods");
        robot.clickOn("#save-button");
        WaitForAsyncUtils.waitForFxEvents();
        id = app.context.accounts().list().get(0).account().id();
        robot.doubleClickOn("Fabrikam Foods");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#notesArea").write(NOTES);
        Account elsewhere = stored();
        app.context.accounts().save(elsewhere.withTags(List.of("newer-elsewhere")));
        robot.clickOn("#save-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private Account stored() {
        return app.context.accounts().find(id).orElseThrow();
    }

    private boolean editorOpen() {
        return robot.lookup("#notesArea").tryQuery().isPresent();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTextAndSaysWhatHappened() {
        assertThat(editorOpen()).isTrue();
        assertThat(robot.lookup("#notesArea").queryTextInputControl().getText()).isEqualTo(NOTES);
        assertThat(robot.lookup("#" + ConflictBar.BOX_ID).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + ConflictBar.MESSAGE_ID).queryLabeled().getText())
                .startsWith(app.context.messages().get("conflict.editor.changed", new java.util.Date()).substring(0, 20));
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(stored().notes()).isEmpty();
    }

    @Test
    void copyMyTextPutsItOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        robot.clickOn("#" + ConflictBar.COPY_ID);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(app.context.messages().get("account.name") + ": Fabrikam Foods\n"
                + app.context.messages().get("account.notes") + ": " + NOTES);
        assertThat(editorOpen()).isTrue();
    }

    @Test
    void keepMineSavesTheTypedTextAndClosesTheEditor() {
        robot.clickOn("#" + ConflictBar.KEEP_MINE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isFalse();
        assertThat(stored().notes()).isEqualTo(NOTES);
    }

    @Test
    void reloadShowsTheNewerDataInTheOpenEditor() {
        robot.clickOn("#" + ConflictBar.RELOAD_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isTrue();
        assertThat(robot.lookup("#tagsField").queryTextInputControl().getText()).isEqualTo("newer-elsewhere");
        assertThat(robot.lookup("#notesArea").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#" + ConflictBar.BOX_ID).query().isVisible()).isFalse();
        assertThat(robot.lookup("#save-button").query().isDisabled()).isFalse();
    }
}
