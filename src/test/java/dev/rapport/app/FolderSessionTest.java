package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.pages.FolderProgressPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PasswordPromptPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The folder's slow steps (open, restore, close, the daily backup) run off the FX thread: each
 * test holds a step and shows that the FX thread answers meanwhile and the window says what runs.
 */
class FolderSessionTest {
    private static final String PASSWORD = "客户资料 secret";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final java.util.Locale formatBefore = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final java.util.Locale displayBefore = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
    private DesktopLauncher launcher;

    /** Set to hold the next folder step at its start until {@link #release} opens. */
    private volatile boolean hold;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Executor steps = work -> FolderSession.OWN_THREAD.execute(() -> {
        if (hold) {
            hold = false;
            held.countDown();
            await(release);
        }
        work.run();
    });

    @AfterEach
    void closeWindow() throws Exception {
        release.countDown();
        if (launcher != null && launcher.stage() != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                Platform.setImplicitExit(false); // the test JVM's toolkit must outlive this window
                launcher.stage().hide();
            }).get(30, TimeUnit.SECONDS);
            launcher.folderClosed().get(60, TimeUnit.SECONDS);
        }
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, formatBefore);
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void anEncryptedFolderOpensOffTheFxThreadWhileASmallWindowSaysSo() throws Exception {
        try (AppContext created = AppContext.open(dataDir, DatabaseKey.fromPassword(dataDir, PASSWORD.toCharArray()),
                Clock.systemUTC())) {
            created.accounts().save(Account.named("上海新航科技"));
        }
        FxToolkit.registerPrimaryStage();
        launcher = new DesktopLauncher(dataDir, DatabaseKey::fromPassword, steps);
        hold = true;
        Future<Void> started = WaitForAsyncUtils.asyncFx(launcher::start);
        PasswordPromptPage prompt = new PasswordPromptPage(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, prompt::shows);
        prompt.unlock(PASSWORD);

        assertThat(held.await(20, TimeUnit.SECONDS)).as("the open is a folder step").isTrue();
        assertFxThreadAnswers();
        assertStepShown(messages().get("folder.opening"));
        assertThat(started).as("the start waits for the open").isNotDone();

        release.countDown();
        started.get(60, TimeUnit.SECONDS);
        assertThat(launcher.stage().isShowing()).isTrue();
        assertThat(launcher.context().accounts().count()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepShown() == null);
    }

    @Test
    void aRestoreRunsOffTheFxThreadWhileTheWindowShowsItIsBusy() throws Exception {
        startOnFolderWith("华为技术");
        AppContext first = launcher.context();
        Path backup = first.backups().backupNow().file();
        first.accounts().save(Account.named("Siemens AG"));
        List<Throwable> failures = new CopyOnWriteArrayList<>();

        hold = true;
        Platform.runLater(() -> launcher.restore(backup, failures::add));
        assertThat(held.await(20, TimeUnit.SECONDS)).as("the restore is a folder step").isTrue();
        assertFxThreadAnswers();
        assertThat(WaitForAsyncUtils.asyncFx(() -> launcher.stage().getScene().getRoot().isDisabled())
                .get(5, TimeUnit.SECONDS)).as("the window cannot be used meanwhile").isTrue();
        assertStepShown(messages().get("folder.restoring"));
        assertThat(launcher.context()).as("no folder open while it is replaced").isNull();

        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> launcher.context() != null && launcher.context() != first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(launcher.context().accounts().count()).isEqualTo(1);
        assertThat(launcher.stage().getScene().getRoot().isDisabled()).isFalse();
        assertThat(MainWindowPage.statusIn(launcher.stage().getScene()))
                .isEqualTo(messages().get("safety.restored", backup.getFileName()));
        assertThat(failures).isEmpty();
    }

    @Test
    void closingHidesTheWindowAtOnceAndBacksUpOffTheFxThread() throws Exception {
        startOnFolderWith("华为技术");
        hold = true;
        Instant closing = Instant.now();
        // the hide returns while the backup is held: the FX thread does not wait for it
        WaitForAsyncUtils.asyncFx(() -> {
            Platform.setImplicitExit(false);
            launcher.stage().hide();
        }).get(10, TimeUnit.SECONDS);
        assertThat(held.await(20, TimeUnit.SECONDS)).as("the close is a folder step").isTrue();
        assertThat(launcher.stage().isShowing()).isFalse();
        assertFxThreadAnswers();
        assertStepShown(messages().get("folder.closing"));
        assertThat(launcher.folderClosed()).isNotDone();

        release.countDown();
        launcher.folderClosed().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepShown() == null);
        try (AppContext after = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(after.backups().list()).first().satisfies(b -> {
                assertThat(b.created()).isAfterOrEqualTo(closing.minusSeconds(1));
                assertThat(b.accounts()).isEqualTo(1);
            });
        }
    }

    @Test
    void theDailyBackupRunsInTheWindowsExecutorSoTheStatusBarShowsIt() throws Exception {
        startOnFolderWith("华为技术");
        AppContext open = launcher.context();
        assertThat(open.backups().due()).as("a folder without backups").isTrue();
        List<String> titles = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            // the status bar's running-task title sits next to its Cancel button
            Label title = (Label) ((javafx.scene.Parent) MainWindowPage.taskCancelIn(launcher.stage().getScene()).getParent())
                    .getChildrenUnmodifiable().get(0);
            title.textProperty().addListener((o, was, now) -> titles.add(now));
            launcher.backUpIfDue(open);
        }).get(10, TimeUnit.SECONDS);

        String made = messages().get("safety.backedUp", 1, 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> made.equals(
                MainWindowPage.statusIn(launcher.stage().getScene())));
        assertThat(titles).contains(messages().get("safety.task.backup"));
        assertThat(open.backups().list()).hasSize(1);
        assertThat(open.backups().due()).isFalse();
    }

    @Test
    void stepsRunOnThreadsThatKeepTheProcessAliveUntilTheyFinish() throws Exception {
        AtomicBoolean daemon = new AtomicBoolean(true);
        CountDownLatch ran = new CountDownLatch(1);
        FolderSession.OWN_THREAD.execute(() -> {
            daemon.set(Thread.currentThread().isDaemon());
            ran.countDown();
        });
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        // a daemon thread would let the JVM exit halfway through the on-close backup
        assertThat(daemon).isFalse();
    }

    private void startOnFolderWith(String account) throws Exception {
        FxToolkit.registerPrimaryStage();
        try (AppContext setup = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            setup.accounts().save(Account.named(account));
        }
        launcher = new DesktopLauncher(dataDir, DatabaseKey::fromPassword, steps);
        WaitForAsyncUtils.asyncFx(launcher::start).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Messages messages() {
        return AppContext.messagesFor(dataDir);
    }

    /** A runLater completes while the step is held: the FX thread is not the one waiting for it. */
    private static void assertFxThreadAnswers() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> "answered").get(5, TimeUnit.SECONDS)).isEqualTo("answered");
    }

    private void assertStepShown(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(stepShown()));
    }

    /** The text of the showing folder progress window, or null when none shows; read on the FX thread. */
    private static String stepShown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new java.util.ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null && FolderProgressPage.stepIn(w.getScene()) instanceof Labeled l) {
                    return l.getText();
                }
            }
            return null;
        }).get(5, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
