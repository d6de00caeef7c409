package dev.rapport.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.SafetyPage;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

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
        new MainWindowPage(robot).go("settings");
        SafetyPage safety = new SafetyPage(robot);
        TableView<BackupRow> table = safety.backups();
        assertThat(table.getItems()).isEmpty();

        safety.backUpNow();

        assertThat(table.getItems()).singleElement().extracting(r -> r.backup().accounts()).isEqualTo(1);
        assertThat(app.dialogs.errors).isEmpty();
        // without a launcher behind the window, restore is not offered rather than failing
        safety.select(0);
        assertThat(safety.restoreButton().isDisabled()).isTrue();
    }
}
