package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AccountEditorPage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ConflictBarPage;
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
    private final AccountEditorPage editor = new AccountEditorPage(robot);
    private final ConflictBarPage conflict = new ConflictBarPage(robot);

    @BeforeEach
    void typeIntoAnEditorWhileTheAccountChangesElsewhereThenSave() {
        app = RunningApp.open(dataDir);
        new AccountsPage(robot).open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        editor.typeName("Fabrikam Foods").save();
        id = app.context.accounts().list().get(0).account().id();
        new AccountsPage(robot).edit();
        WaitForAsyncUtils.waitForFxEvents();
        editor.typeNotes(NOTES);
        Account elsewhere = stored();
        app.context.accounts().save(elsewhere.withTags(List.of("newer-elsewhere")));
        editor.save();
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
        return editor.isOpen();
    }

    @Test
    void aRefusedSaveLeavesTheEditorOpenWithTheTextAndSaysWhatHappened() {
        assertThat(editorOpen()).isTrue();
        assertThat(editor.notes()).isEqualTo(NOTES);
        assertThat(conflict.shown()).isTrue();
        assertThat(conflict.message())
                .startsWith(app.context.messages().get("conflict.editor.changed", new java.util.Date()).substring(0, 20));
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(stored().notes()).isEmpty();
    }

    @Test
    void copyMyTextPutsItOnTheClipboardAndTheEditorStaysOpen() throws Exception {
        conflict.copyMyText();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(app.context.messages().get("account.name") + ": Fabrikam Foods\n"
                + app.context.messages().get("account.notes") + ": " + NOTES);
        assertThat(editorOpen()).isTrue();
    }

    @Test
    void keepMineSavesTheTypedTextAndClosesTheEditor() {
        conflict.keepMine();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isFalse();
        assertThat(stored().notes()).isEqualTo(NOTES);
    }

    @Test
    void reloadShowsTheNewerDataInTheOpenEditor() {
        conflict.reload();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(editorOpen()).isTrue();
        assertThat(editor.tags()).isEqualTo("newer-elsewhere");
        assertThat(editor.notes()).isEmpty();
        assertThat(conflict.shown()).isFalse();
        assertThat(editor.saveButton().isDisabled()).isFalse();
    }
}
