package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.pages.PasswordPromptPage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Unlocking an encrypted folder at start derives its key in the background, with the prompt showing it is busy. */
class PasswordPromptTest {
    private static final String PASSWORD = "客户资料 secret";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private DesktopLauncher launcher;
    private final java.util.Locale formatBefore = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final java.util.Locale displayBefore = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);

    @AfterEach
    void closeWindow() throws Exception {
        if (launcher != null && launcher.stage() != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                Platform.setImplicitExit(false);
                launcher.stage().hide();
            }).get(30, TimeUnit.SECONDS);
            // the close backs up off the FX thread: the folder is free once that is done
            launcher.folderClosed().get(60, TimeUnit.SECONDS);
        }
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, formatBefore);
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void thePromptStaysResponsiveAndBusyWhileTheKeyIsDerivedThenTheWindowOpens() throws Exception {
        try (AppContext created = AppContext.open(dataDir, DatabaseKey.fromPassword(dataDir, PASSWORD.toCharArray()),
                Clock.systemUTC())) {
            created.accounts().save(dev.rapport.domain.Account.named("上海新航科技"));
        }
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> derivingThread = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        launcher = new DesktopLauncher(dataDir, (dir, password) -> {
            derivingThread.set(Thread.currentThread().getName());
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DatabaseKey.fromPassword(dir, password);
        });
        Future<Void> started = WaitForAsyncUtils.asyncFx(launcher::start);
        PasswordPromptPage prompt = new PasswordPromptPage(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, prompt::shows);
        assertThat(prompt.working().isVisible()).as("not busy before Unlock").isFalse();
        prompt.unlock(PASSWORD);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> derivingThread.get() != null);
        boolean busyShown = WaitForAsyncUtils.asyncFx(() -> prompt.working().isVisible())
                .get(5, TimeUnit.SECONDS);
        assertThat(busyShown).as("the FX thread answers and shows the busy row").isTrue();
        assertThat(derivingThread.get()).isNotEqualTo("JavaFX Application Thread");
        assertThat(prompt.passwordField().isDisabled()).isTrue();
        java.util.Set<javafx.scene.Node> buttons = prompt.buttons();
        assertThat(buttons).isNotEmpty().allMatch(javafx.scene.Node::isDisabled);
        assertThat(started).isNotDone();

        release.countDown();
        started.get(60, TimeUnit.SECONDS);
        assertThat(launcher.stage().isShowing()).isTrue();
        assertThat(launcher.context().accounts().count()).isEqualTo(1);
    }
}
