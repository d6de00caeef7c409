package dev.rapport.ui.main;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.service.ChangeHistory;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.ui.common.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The window's own state without its frame: undo offers, undo and redo, the remembered place. */
class MainWindowViewModelTest {
    private static final Rectangle2D[] ONE_SCREEN = {new Rectangle2D(0, 0, 1920, 1080)};

    @TempDir
    Path dataDir;

    private AppContext app;
    private MainWindowViewModel model;
    private final List<MainWindowViewModel.Step> steps = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage(); // the offer is withdrawn on the FX thread
        app = AppContext.open(dataDir, Clock.systemDefaultZone());
        model = new MainWindowViewModel(app.history(), app.settings(), dataDir,
                dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), new FakeDialogs()).kit());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theWindowsPlaceIsRememberedAndComesBackFittedToTheScreen() {
        assertThat(model.rememberedPlace(ONE_SCREEN)).isEmpty();

        model.remember(new Rectangle2D(1500, -30, 1000, 700), false);

        assertThat(model.rememberedPlace(ONE_SCREEN)).contains(new Rectangle2D(920, 0, 1000, 700));
        assertThat(model.rememberedMaximized()).isFalse();
        model.remember(null, true);
        assertThat(model.rememberedMaximized()).isTrue();
    }

    @Test
    void anOfferForADeleteTheHistoryRecordedUndoesItThroughTheHistory() {
        boolean[] reverted = new boolean[1];
        app.history().record(() -> {
            reverted[0] = true;
            return ChangeHistory.Change.of(() -> null, "undo.account.deleted", "华为技术");
        }, "undo.account.deleted", "华为技术");
        boolean[] ownUndo = new boolean[1];

        model.offerUndo(() -> ownUndo[0] = true, steps::add).run();

        assertThat(reverted[0]).isTrue();
        assertThat(ownUndo[0]).as("the history's undo, not the caller's").isFalse();
        assertThat(steps).singleElement().satisfies(s -> assertThat(s.changed()).isTrue());
        assertThat(steps.get(0).message()).contains("华为技术");
    }

    @Test
    void anOfferForAWriteTheHistoryDidNotRecordRunsTheCallersOwnUndo() {
        boolean[] ownUndo = new boolean[1];

        model.offerUndo(() -> ownUndo[0] = true, steps::add).run();

        assertThat(ownUndo[0]).isTrue();
        assertThat(steps).isEmpty();
    }

    @Test
    void undoWithNothingToUndoSaysSoAndLeavesTheScreenAsItIs() {
        model.undo(steps::add);

        assertThat(steps).singleElement().satisfies(s -> assertThat(s.changed()).isFalse());
    }
}
