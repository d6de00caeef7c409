package dev.rapport.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.HeldTaskExecutor;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.InteractionEditorPage;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new log entry opens once: Ctrl+L pressed twice while the accounts load opened two editors, and
 * a rep who saved both logged the same call twice (found by a new user on the app image).
 */
class NewEntryOnceTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void ctrlLTwiceWhileTheAccountsLoadOpensOneEditor() {
        app = RunningApp.open(dataDir, Clock.systemDefaultZone(), executor);
        app.context.accounts().save(Account.named("华为技术 Huawei"));
        executor.hold();
        InteractionEditorPage form = new InteractionEditorPage(robot);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.heldCount()).as("the second press loads nothing").isOne();

        executor.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.openCount()).isOne();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isOpen()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.openCount()).as("once it closed, the next one opens").isOne();
    }
}
