package dev.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class WindowPlacementTest {
    private static final Rectangle2D[] ONE_SCREEN = {new Rectangle2D(0, 0, 1920, 1080)};

    @TempDir
    Path dataDir;

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNotPutBackThere() {
        Rectangle2D onUnpluggedMonitor = new Rectangle2D(2500, 100, 1000, 700);
        assertThat(WindowPlacement.isVisible(onUnpluggedMonitor, ONE_SCREEN)).isFalse();
    }

    @Test
    void aWindowWithItsTitleBarOnScreenIsPutBack() {
        Rectangle2D halfOff = new Rectangle2D(1500, 300, 1000, 700);
        assertThat(WindowPlacement.isVisible(halfOff, ONE_SCREEN)).isTrue();
    }

    @Test
    void theWindowReopensWithTheSizeAndPlaceTheUserLeftIt() {
        RunningApp app = RunningApp.open(dataDir);
        new FxRobot().interact(() -> {
            app.stage.setX(40);
            app.stage.setY(30);
            app.stage.setWidth(1010);
            app.stage.setHeight(650);
        });
        app.close();
        new FxRobot().interact(() -> {
            // The test toolkit reuses one stage: move it away so only the saved placement can bring it back.
            app.stage.setX(0);
            app.stage.setY(0);
            app.stage.setWidth(900);
            app.stage.setHeight(600);
        });

        RunningApp again = RunningApp.open(dataDir);
        try {
            assertThat(again.stage.getWidth()).isEqualTo(1010);
            assertThat(again.stage.getHeight()).isEqualTo(650);
            assertThat(again.stage.getX()).isEqualTo(40);
            assertThat(again.stage.getY()).isEqualTo(30);
        } finally {
            again.close();
        }
    }
}
