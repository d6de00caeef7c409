package dev.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class WindowPlacementTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 680);
    private static final Rectangle2D[] ONE_SCREEN = {new Rectangle2D(0, 0, 1920, 1080)};

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartOpensAtThePreferredSizeCentredOrAtTheScreensSizeWhenThatIsSmaller() {
        assertThat(WindowPlacement.firstPlace(1180, 760, ONE_SCREEN[0]))
                .isEqualTo(new Rectangle2D(370, 160, 1180, 760));
        assertThat(WindowPlacement.firstPlace(1180, 760, SMALL)).isEqualTo(new Rectangle2D(50, 0, 1180, 680));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsBroughtBackWhole() {
        Rectangle2D onUnpluggedMonitor = new Rectangle2D(2500, 100, 1000, 700);
        assertThat(WindowPlacement.fit(onUnpluggedMonitor, ONE_SCREEN)).isEqualTo(new Rectangle2D(920, 100, 1000, 700));
    }

    @Test
    void aWindowHalfOffItsScreenIsMovedOntoIt() {
        assertThat(WindowPlacement.fit(new Rectangle2D(1500, -30, 1000, 700), ONE_SCREEN))
                .isEqualTo(new Rectangle2D(920, 0, 1000, 700));
    }

    @Test
    void aWindowLargerThanTheScreenBecomesTheScreensVisibleSize() {
        assertThat(WindowPlacement.fit(new Rectangle2D(-1, -2, 1282, 723), new Rectangle2D[] {SMALL}))
                .isEqualTo(SMALL);
    }

    @Test
    void aWindowGoesToTheScreenItMostlyLiesOn() {
        Rectangle2D left = new Rectangle2D(0, 0, 1280, 680);
        Rectangle2D right = new Rectangle2D(1280, 0, 1440, 860);
        assertThat(WindowPlacement.fit(new Rectangle2D(1200, 50, 1300, 800), new Rectangle2D[] {left, right}))
                .isEqualTo(new Rectangle2D(1280, 50, 1300, 800));
    }

    @Test
    void aWindowThatFitsStaysExactlyWhereItWas() {
        Rectangle2D place = new Rectangle2D(40, 30, 1282, 723);
        assertThat(WindowPlacement.fit(place, ONE_SCREEN)).isEqualTo(place);
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

    @Test
    void aSavedWindowLargerThanTheScreenReopensAtTheScreensVisibleSize() {
        RunningApp app = RunningApp.open(dataDir);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        app.context.settings().remember(Map.of(WindowPlacement.X, "-1.0", WindowPlacement.Y, "-2.0",
                WindowPlacement.WIDTH, Double.toString(screen.getWidth() + 2),
                WindowPlacement.HEIGHT, Double.toString(screen.getHeight() + 3)));
        new FxRobot().interact(() -> app.stage.setOnCloseRequest(null)); // keep the sizes just saved
        app.close();

        RunningApp again = RunningApp.open(dataDir);
        try {
            assertThat(new Rectangle2D(again.stage.getX(), again.stage.getY(), again.stage.getWidth(),
                    again.stage.getHeight())).isEqualTo(screen);
        } finally {
            again.close();
        }
    }
}
