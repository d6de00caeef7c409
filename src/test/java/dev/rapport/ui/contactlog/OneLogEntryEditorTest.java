package dev.rapport.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.testutil.RunningApp;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 for the contact log: an entry's editor, like a plan's, loads before it opens, so two
 * opens in a row (a double click, a repeated Enter) each used to open their own editor.
 */
class OneLogEntryEditorTest {
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
    void twoOpensOfOneEntryLeaveOneEditorAndOnceClosedItOpensAgain() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("Contoso GmbH"));
        Interaction entry = app.ui.contactLog().save(Interaction.of(account.id(), app.ui.contactLog().now(),
                InteractionChannel.CALL, "Call about the spring order"));
        // two screens' actions over the window, as the timeline and Today both open entries
        LogActions fromTimeline = actionsOverTheWindow();
        LogActions fromToday = actionsOverTheWindow();
        Platform.runLater(() -> fromTimeline.edit(entry, false, saved -> { }));
        Platform.runLater(() -> fromToday.edit(entry, false, saved -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        String title = app.context.messages().get("contactlog.editor.editTitle");
        assertThat(windowsTitled(title)).as("one editor of the entry, not two stacked").hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windowsTitled(title)).isEmpty();

        Platform.runLater(() -> fromToday.edit(entry, false, saved -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windowsTitled(title)).as("closed, the entry opens again").hasSize(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
    }

    private LogActions actionsOverTheWindow() {
        return new LogActions(app.context.accounts(), app.context.contacts(), app.context.contactLog(),
                app.context.plans(), app.ui.kit(), new RecordingNotifier(),
                new InteractionEditorOpener(app.context.messages(), () -> app.stage));
    }

    private static List<Stage> windowsTitled(String title) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(Stage.class::cast)
                    .toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
