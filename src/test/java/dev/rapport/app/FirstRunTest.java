package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.pages.FirstRunPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first start on a new folder recommends a password, and creates the database encrypted when given one. */
class FirstRunTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final FirstRunPage question = new FirstRunPage(robot);
    private DesktopLauncher launcher;

    private final java.util.Locale formatBefore = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final java.util.Locale displayBefore = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);

    @AfterEach
    void restoreLocale() {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, formatBefore);
        java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, displayBefore);
    }

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
        closeLeftDialogs();
    }

    /**
     * A first-start dialog a test left open (it failed, or ended while the key was derived) must
     * not be the one the next test finds and types into: close every dialog still showing.
     */
    private static void closeLeftDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Platform.setImplicitExit(false);
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null && FirstRunPage.passwordIn(w.getScene()) != null) {
                    w.hide();
                }
            }
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Future<Void> startOnNewFolder() throws Exception {
        FxToolkit.registerPrimaryStage();
        return startShowingTheQuestion(new DesktopLauncher(dataDir));
    }

    /**
     * Starts the launcher and waits until its question shows. Whether the field shows is read on the
     * FX thread, twice with the queue drained between: read from the test thread while the dialog
     * was still being shown, it once looked visible and was not yet (a flaky failure on CI).
     */
    private Future<Void> startShowingTheQuestion(DesktopLauncher starting) throws Exception {
        launcher = starting;
        Future<Void> started = WaitForAsyncUtils.asyncFx(launcher::start);
        for (int settled = 0; settled < 2; settled++) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, question::shows);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return started;
    }

    @Test
    void aPasswordChosenAtFirstStartEncryptsTheNewDatabaseFromItsFirstByte() throws Exception {
        Future<Void> started = startOnNewFolder();
        Node encrypt = question.encryptButton();
        assertThat(encrypt.isDisabled()).isTrue();

        question.typePassword("短");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question.problem()).isNotBlank();
        robot.push(KeyCode.BACK_SPACE).write("客户资料 secret");
        question.typeRepeat("客户资料 secreT");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(encrypt.isDisabled()).as("the two passwords differ").isTrue();
        robot.push(KeyCode.BACK_SPACE).write("t");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(encrypt.isDisabled()).isFalse();
        robot.clickOn(encrypt);
        started.get(60, TimeUnit.SECONDS);

        assertThat(launcher.stage().isShowing()).isTrue();
        assertThat(launcher.encrypted()).isTrue();
        assertThat(Database.isEncrypted(dataDir)).isTrue();
        launcher.context().accounts().save(dev.rapport.domain.Account.named("上海新航科技"));
        closeWindow();
        launcher = null;
        try (AppContext reopened = AppContext.open(dataDir,
                DatabaseKey.fromPassword(dataDir, "客户资料 secret".toCharArray()), Clock.systemUTC())) {
            assertThat(reopened.accounts().count()).isEqualTo(1);
        }
    }

    @Test
    void theKeyIsDerivedOffTheFxThreadWhileTheDialogShowsItIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> derivingThread = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        Future<Void> started = startShowingTheQuestion(new DesktopLauncher(dataDir, (dir, password) -> {
            derivingThread.set(Thread.currentThread().getName());
            await(release);
            return DatabaseKey.fromPassword(dir, password);
        }));
        question.typePassword("客户资料 secret");
        question.typeRepeat("客户资料 secret");
        question.encrypt();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> derivingThread.get() != null);
        // the FX thread answers while the key is derived: a frozen dialog would time out here
        boolean busyShown = WaitForAsyncUtils.asyncFx(() -> question.working().isVisible())
                .get(5, TimeUnit.SECONDS);
        assertThat(busyShown).isTrue();
        assertThat(derivingThread.get()).isNotEqualTo("JavaFX Application Thread");
        assertThat(question.encryptButton().isDisabled()).isTrue();
        assertThat(question.notNowButton().isDisabled()).isTrue();
        assertThat(question.passwordField()).get().satisfies(n -> assertThat(n.isDisabled()).isTrue());
        assertThat(started).isNotDone();

        release.countDown();
        started.get(60, TimeUnit.SECONDS);
        assertThat(launcher.encrypted()).isTrue();
        assertThat(Database.isEncrypted(dataDir)).isTrue();
    }

    @Test
    void aKeyThatCannotBeDerivedIsExplainedAndTheDialogStaysForAnotherTry() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        FxToolkit.registerPrimaryStage();
        Future<Void> started = startShowingTheQuestion(new DesktopLauncher(dataDir, (dir, password) -> {
            if (tries.incrementAndGet() == 1) {
                throw new dev.rapport.store.StoreException("disk full", null);
            }
            return DatabaseKey.fromPassword(dir, password);
        }));
        question.typePassword("客户资料 secret");
        question.typeRepeat("客户资料 secret");
        question.encrypt();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !question.failure().isEmpty());
        assertThat(question.failure()).contains(dataDir.resolve("logs").toString());
        assertThat(question.encryptButton().isDisabled()).as("ready for another try").isFalse();

        question.encrypt();
        started.get(60, TimeUnit.SECONDS);
        assertThat(tries).hasValue(2);
        assertThat(Database.isEncrypted(dataDir)).isTrue();
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

    @Test
    void notNowOpensAnUnencryptedDatabaseAndTheQuestionIsNotAskedAgain() throws Exception {
        Future<Void> started = startOnNewFolder();
        question.notNow();
        started.get(30, TimeUnit.SECONDS);
        assertThat(launcher.stage().isShowing()).isTrue();
        assertThat(Database.isEncrypted(dataDir)).isFalse();
        assertThat(Files.exists(Database.file(dataDir))).isTrue();
        closeWindow();

        DesktopLauncher second = new DesktopLauncher(dataDir);
        launcher = second;
        WaitForAsyncUtils.asyncFx(second::start).get(30, TimeUnit.SECONDS);
        assertThat(question.passwordField()).isEmpty();
        assertThat(second.stage().isShowing()).isTrue();
    }

    @Test
    void theQuestionCanBeReadInChineseAndTheChoiceOfLanguageIsKept() throws Exception {
        Future<Void> started = startOnNewFolder();
        question.chooseLanguage("zh-TW");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> question.findNotNow()
                .map(n -> ((javafx.scene.control.Button) n).getText().equals("以後再說")).orElse(false));
        question.notNow();
        started.get(30, TimeUnit.SECONDS);
        assertThat(launcher.context().messages().locale()).isEqualTo(java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .as("date pickers format in the user's language").isEqualTo(java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(java.util.Locale.getDefault())
                .as("JavaFX's own dialog buttons (OK, Cancel, Show Details) read the plain default locale")
                .isEqualTo(java.util.Locale.TRADITIONAL_CHINESE);
        assertThat(launcher.stage().getTitle()).isEqualTo(launcher.context().messages().get("app.title"));
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndRepeatedExactly() {
        assertThat(dev.rapport.domain.PasswordRules.problemKey("1234567".toCharArray(), "1234567".toCharArray()))
                .isEqualTo("safety.password.tooShort");
        assertThat(dev.rapport.domain.PasswordRules.problemKey("12345678".toCharArray(), "12345679".toCharArray()))
                .isEqualTo("safety.password.mismatch");
        assertThat(dev.rapport.domain.PasswordRules.problemKey("密码密码密码密码".toCharArray(), "密码密码密码密码".toCharArray()))
                .isNull();
    }
}
