package dev.rapport.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.app.UiWiring;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.TodayPage;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The frame the launcher builds before the data folder is open, and how it is completed. */
class MainWindowFrameTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDir;

    @Test
    void aFrameIsStyledBeforeItHasDataAndOpensOnlyOnItsOwnFolderAndExecutor() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            DirectTaskExecutor executor = new DirectTaskExecutor();
            TestUi ui = dev.rapport.testutil.TestUi.of(context, executor, new FakeDialogs());
            TestUi otherExecutor = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), new FakeDialogs());
            new FxRobot().interact(() -> {
                MainWindow frame = new MainWindow(context.messages(), dataDir, executor);
                frame.applyStyles();
                assertThat(frame.stage()).isNull();
                assertThatThrownBy(() -> frame.show(stage)).as("no sections before a folder is attached")
                        .isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(() -> otherExecutor.wiring().open(frame, stage))
                        .isInstanceOf(IllegalArgumentException.class);

                MainWindow elsewhere = new MainWindow(context.messages(), otherDir, executor);
                assertThatThrownBy(() -> ui.wiring().open(elsewhere, stage)).isInstanceOf(IllegalArgumentException.class);

                ui.wiring().open(frame, stage);
                assertThat(stage.isShowing()).isTrue();
                assertThat(TodayPage.dateIn(stage.getScene())).isNotNull();
                assertThat(MainWindowPage.navIn(stage.getScene(), "today").getStyleClass()).contains("nav-button");
                frame.select("accounts");
                assertThat(MainWindowPage.navIn(stage.getScene(), "accounts"))
                        .satisfies(n -> assertThat(((javafx.scene.control.ToggleButton) n).isSelected()).isTrue());
                stage.hide();
            });
        }
    }
}
