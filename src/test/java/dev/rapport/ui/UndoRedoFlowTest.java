package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountEditorPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.MainWindowPage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's undo as a rep uses it: Ctrl+Z takes back the last save, the status bar says which,
 * Ctrl+Shift+Z (or Ctrl+Y) puts it back; in a text field Ctrl+Z takes back typing only.
 */
class UndoRedoFlowTest {
    private static final String OLD_NAME = "Shanghai Xinhang";
    private static final String NEW_NAME = "Shanghai Xinhang Technology";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Messages msg;
    private final AccountsPage accounts = new AccountsPage(robot);

    @BeforeEach
    void createAndRenameAnAccount() {
        app = RunningApp.open(dataDir);
        msg = app.context.messages();
        accounts.open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        new AccountEditorPage(robot).typeName(OLD_NAME).save();
        accounts.edit();
        WaitForAsyncUtils.waitForFxEvents();
        AccountEditorPage editor = new AccountEditorPage(robot);
        robot.doubleClickOn(editor.nameField());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(NEW_NAME);
        editor.save();
        assertThat(listedNames()).containsExactly(NEW_NAME);
        // a new account's page opened: these tests work from the list
        accounts.back();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private List<String> listedNames() {
        TableView<?> table = accounts.table();
        return table.getItems().stream()
                .map(i -> ((dev.rapport.domain.AccountListItem) i).account().name()).toList();
    }

    private String status() {
        return new MainWindowPage(robot).status();
    }

    private void shortcut(KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys);
        robot.release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Account stored() {
        return app.context.accounts().list().get(0).account();
    }

    @Test
    void ctrlZUndoesTheRenameAndCtrlShiftZRedoesIt() {
        robot.clickOn(NEW_NAME);

        shortcut(KeyCode.Z);

        assertThat(listedNames()).containsExactly(OLD_NAME);
        assertThat(status()).isEqualTo(msg.get("undo.done", msg.get("undo.account.edited", NEW_NAME)));
        assertThat(stored().name()).isEqualTo(OLD_NAME);

        shortcut(KeyCode.SHIFT, KeyCode.Z);

        assertThat(listedNames()).containsExactly(NEW_NAME);
        assertThat(status()).isEqualTo(msg.get("redo.done", msg.get("undo.account.edited", NEW_NAME)));

        // Ctrl+Y is the other redo: after one more undo it puts the rename back too
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Y);
        assertThat(stored().name()).isEqualTo(NEW_NAME);
    }

    @Test
    void anUndoOverAChangeMadeElsewhereSaysSoAndKeepsTheNewerData() {
        Account a = stored();
        long deleted = app.context.accounts().delete(a.id(), a.version());
        // the delete offer's own Undo (a screen's fallback) restores it without going through the history
        app.context.accounts().undoDelete(a.id(), deleted);
        accounts.open();
        robot.clickOn(NEW_NAME);

        shortcut(KeyCode.Z);
        assertThat(status()).isEqualTo(msg.get("undo.refused", msg.get("undo.account.deleted", NEW_NAME)));
        shortcut(KeyCode.Z);

        assertThat(status()).isEqualTo(msg.get("undo.refused", msg.get("undo.account.edited", NEW_NAME)));
        assertThat(stored().name()).isEqualTo(NEW_NAME);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void ctrlZInATextFieldUndoesTheTypingNotTheLastSave() {
        robot.clickOn(accounts.search()).write("xyz");
        assertThat(accounts.search().getText()).isEqualTo("xyz");

        shortcut(KeyCode.Z);

        assertThat(accounts.search().getText()).isEmpty();
        assertThat(stored().name()).isEqualTo(NEW_NAME);
        assertThat(app.context.history().redoCount()).isZero();
    }

    @Test
    void ctrlYInATextFieldDoesNotRedoASave() {
        robot.clickOn(NEW_NAME);
        shortcut(KeyCode.Z);
        assertThat(stored().name()).isEqualTo(OLD_NAME);

        robot.clickOn(accounts.search());
        shortcut(KeyCode.Y);

        assertThat(stored().name()).isEqualTo(OLD_NAME);
        assertThat(app.context.history().redoCount()).isEqualTo(1);
    }

    @Test
    void theDeleteOffersUndoAndCtrlZAreOneHistory() {
        robot.clickOn(NEW_NAME);
        accounts.delete();
        assertThat(listedNames()).isEmpty();

        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(listedNames()).containsExactly(NEW_NAME);
        assertThat(status()).isEqualTo(msg.get("undo.done", msg.get("undo.account.deleted", NEW_NAME)));
        // the button took the delete off the history: the next Ctrl+Z is the rename before it
        robot.clickOn(NEW_NAME);
        shortcut(KeyCode.Z);
        assertThat(listedNames()).containsExactly(OLD_NAME);
        // and redo goes forward through both, in order
        shortcut(KeyCode.SHIFT, KeyCode.Z);
        shortcut(KeyCode.SHIFT, KeyCode.Z);
        assertThat(listedNames()).isEmpty();
    }
}
