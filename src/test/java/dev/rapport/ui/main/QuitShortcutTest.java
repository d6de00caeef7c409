package dev.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.service.MachinePreferencesService;
import dev.rapport.store.MachinePreferencesFile;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Q closes the window as its close button does: a keyboard way out, with the window's place kept. */
class QuitShortcutTest {
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
    void ctrlQClosesTheWindowAndItsPlaceIsRemembered() {
        app = RunningApp.open(dataDir);
        assertThat(app.stage.isShowing()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.stage.isShowing()).isFalse();
        MachinePreferencesService saved = new MachinePreferencesService(MachinePreferencesFile.load(dataDir));
        assertThat(saved.number(WindowPlacement.WIDTH)).isPresent();
    }
}
