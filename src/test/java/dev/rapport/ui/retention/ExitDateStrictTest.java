package dev.rapport.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.ExitReason;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exit editor in Simplified Chinese moved 2026/2/30 to 2026/2/28 (a new user's report). The
 * typed text now stays with "这个日期不存在", Save waits, and the corrected day is the one stored.
 */
class ExitDateStrictTest {
    @TempDir
    Path dataDir;

    private static final Notifier QUIET = new Notifier() {
        @Override
        public void status(String message) {
        }

        @Override
        public void undoable(String message, Runnable undo) {
        }
    };

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Account account;
    private ExitEditor dialog;

    @BeforeEach
    void openTheExitEditorInChinese() {
        app = RunningApp.open(dataDir);
        account = app.context.accounts().save(Account.named("杭州瑞丰电子"));
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> {
            AccountValueView pane = new AccountValueView(app.ui, QUIET, id -> { });
            dialog = new ExitEditor(app.stage, account, null, app.context.retention().today(), chinese,
                    new Formats(chinese.locale()), pane.exitEditorSave(new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ExitReason> reason = robot.lookup("#exit-reason").queryComboBox();
        robot.interact(() -> {
            reason.setValue(ExitReason.PRICE);
            robot.lookup("#exit-revenue").queryTextInputControl().setText("120000");
            robot.lookup("#exit-margin").queryTextInputControl().setText("18");
        });
    }

    @AfterEach
    void closeApp() {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
        if (app != null) {
            app.close();
        }
    }

    private void typeExitDate(String text) {
        DatePicker picker = robot.lookup("#exit-date").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thirtiethFebruaryIsRefusedAndTheCorrectedDayIsStored() {
        typeExitDate("2024/2/30");

        DatePicker picker = robot.lookup("#exit-date").queryAs(DatePicker.class);
        assertThat(picker.getEditor().getText()).isEqualTo("2024/2/30");
        assertThat(robot.lookup("#exit-exitedOn-error").queryAs(Label.class).getText()).isEqualTo("这个日期不存在。");
        assertThat(robot.lookup("#exit-save").query().isDisabled()).isTrue();
        assertThat(app.context.retention().exitsOf(account.id())).isEmpty();

        typeExitDate("2024/2/29");

        assertThat(robot.lookup("#exit-exitedOn-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#exit-save").query().isDisabled()).isFalse();
        robot.clickOn("#exit-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.retention().exitsOf(account.id())).singleElement()
                .satisfies(e -> assertThat(e.exitedOn()).isEqualTo(LocalDate.of(2024, 2, 29)));
        assertThat(app.dialogs.errors).isEmpty();
    }
}
