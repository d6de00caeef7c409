package dev.rapport.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.service.Backup;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Back up now, as a rep clicks it. */
class SafetyFlowTest {
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

    @Test
    void backUpNowInSettingsAddsACheckedBackupToTheList() {
        app = RunningApp.open(dataDir);
        app.context.accounts().save(Account.named("华为技术"));
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Backup> table = robot.lookup("#backupTable").queryTableView();
        assertThat(table.getItems()).isEmpty();

        dev.rapport.testutil.RunningApp.reveal(robot, "#backupNowButton");
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).singleElement().extracting(Backup::accounts).isEqualTo(1);
        assertThat(app.dialogs.errors).isEmpty();
        // without a launcher behind the window, restore is not offered rather than failing
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).isTrue();
    }
}
