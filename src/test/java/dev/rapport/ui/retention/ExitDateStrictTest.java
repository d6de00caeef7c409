package dev.rapport.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.ExitReason;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.pages.ExitEditorPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
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
    private final ExitEditorPage editor = new ExitEditorPage(robot);
    private RunningApp app;
    private Account account;
    private ExitEditor dialog;

    @BeforeEach
    void openTheExitEditorInChinese() {
        app = RunningApp.open(dataDir);
        account = app.context.accounts().save(Account.named("杭州瑞丰电子"));
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> {
            AccountValueViewModel values = new AccountValueViewModel(app.context.retention(), app.context.accounts(),
                    app.ui.kit(), QUIET, id -> { });
            dialog = new ExitEditor(app.stage, account, null, app.context.retention().today(), chinese,
                    new Formats(chinese.locale()), values.exitEditorSave(new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        editor.fill(ExitReason.PRICE, "120000", "18");
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

    @Test
    void thirtiethFebruaryIsRefusedAndTheCorrectedDayIsStored() {
        editor.typeDate("2024/2/30");

        assertThat(editor.dateText()).isEqualTo("2024/2/30");
        assertThat(editor.dateError()).isEqualTo("这个日期不存在。");
        assertThat(editor.saveDisabled()).isTrue();
        assertThat(app.context.retention().exitsOf(account.id())).isEmpty();

        editor.typeDate("2024/2/29");

        assertThat(editor.dateError()).isEmpty();
        assertThat(editor.saveDisabled()).isFalse();
        editor.save();
        assertThat(app.context.retention().exitsOf(account.id())).singleElement()
                .satisfies(e -> assertThat(e.exitedOn()).isEqualTo(LocalDate.of(2024, 2, 29)));
        assertThat(app.dialogs.errors).isEmpty();
    }
}
