package dev.rapport.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Version;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class AboutDialogTest {
    @TempDir
    Path dataDir;

    @Test
    void f1ShowsTheVersionTheLicenceAndTheBundledFontsLicence() {
        FxRobot robot = new FxRobot();
        try (RunningApp app = RunningApp.open(dataDir)) {
            robot.press(KeyCode.F1).release(KeyCode.F1);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).endsWith(Version.current());
            assertThat(robot.lookup("#about-notices").queryTextInputControl().getText())
                    .contains("WenQuanYi Micro Hei").contains("H2 Database Engine");
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        }
    }
}
