package dev.rapport.ui.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.Gift;
import dev.rapport.domain.ImportantDate;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.FxTextClipboard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user found: the gift and important-date editors moved 29 February 2023 and 30 February
 * to 28 February and let "abc" through with Save enabled. The field now keeps what was typed, says
 * what is wrong, and Save waits until the text is a real date, which is then the one stored.
 */
class StrictDateEditorsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Contact anna;
    private Dialog<?> dialog;

    @BeforeEach
    void openApp() {
        app = RunningApp.open(dataDir);
        Account account = app.context.accounts().save(Account.named("Fabrikam Foods"));
        anna = app.context.contacts().save(Contact.named("Anna Müller", account.id()));
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

    private void openGiftEditor() {
        Messages msg = app.context.messages();
        robot.interact(() -> {
            dialog = new GiftEditor(app.stage, Gift.of(anna.id(), null, TODAY, "", "Tea set", null, ""),
                    List.of(new GiftEditorViewModel.Recipient(null, "Anna Müller")), List.of(), msg,
                    new dev.rapport.ui.common.Formats(msg.locale()), TODAY, null,
                    MemorySaves.gift(app.ui, new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openDateEditor(Messages msg) {
        robot.interact(() -> {
            dialog = new ImportantDateEditor(app.stage,
                    ImportantDate.ofContact(anna.id(), DateKind.WORK_ANNIVERSARY, "", null, true), msg, null,
                    MemorySaves.date(app.ui, new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the picker's text as a user would, then leaves the field with Tab. */
    private void type(String pickerId, String text) {
        DatePicker picker = robot.lookup(pickerId).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String pickerId) {
        return robot.lookup(pickerId).queryAs(DatePicker.class).getEditor().getText();
    }

    private String error(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean saveDisabled() {
        return robot.lookup("#memory-save").query().isDisabled();
    }

    @Test
    void aGiftOnAnImpossibleDayIsRefusedKeptAsTypedAndNotSaved() {
        openGiftEditor();
        Messages msg = app.context.messages();

        type("#gift-date", "2/29/2023");

        assertThat(text("#gift-date")).as("kept as typed, not moved to 28 February").isEqualTo("2/29/2023");
        assertThat(error("#givenOn-error")).isEqualTo(msg.get("validation.date"));
        assertThat(saveDisabled()).isTrue();
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.memory().gifts(anna.id())).isEmpty();

        type("#gift-date", "2/28/2023");

        assertThat(error("#givenOn-error")).isEmpty();
        assertThat(saveDisabled()).isFalse();
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.memory().gifts(anna.id())).singleElement()
                .satisfies(g -> assertThat(g.givenOn()).isEqualTo(LocalDate.of(2023, 2, 28)));
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void textThatIsNotADateSaysSoWithAnExampleAndHoldsSaveBack() {
        openGiftEditor();
        Messages msg = app.context.messages();

        type("#gift-date", "abc");

        assertThat(text("#gift-date")).isEqualTo("abc");
        assertThat(error("#givenOn-error")).isEqualTo(msg.get("validation.notADate", "12/24/2026"));
        assertThat(saveDisabled()).isTrue();

        type("#gift-date", "3/1/2026");

        assertThat(saveDisabled()).isFalse();
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.memory().gifts(anna.id())).singleElement()
                .satisfies(g -> assertThat(g.givenOn()).isEqualTo(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void anImportantDateOnThirtiethFebruaryInChineseIsRefusedThenTheCorrectedDayIsStored() {
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        openDateEditor(chinese);

        type("#date-date", "2026/2/30");

        assertThat(text("#date-date")).isEqualTo("2026/2/30");
        assertThat(error("#date-error")).isEqualTo(chinese.get("validation.date"));
        assertThat(saveDisabled()).isTrue();
        assertThat(app.context.memory().datesOfContact(anna.id())).isEmpty();

        type("#date-date", "2026/2/28");

        assertThat(error("#date-error")).isEmpty();
        assertThat(saveDisabled()).isFalse();
        robot.clickOn("#memory-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context.memory().datesOfContact(anna.id())).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void clearingARequiredDateShowsRequiredNotADateError() {
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        openDateEditor(chinese);

        type("#date-date", "2024/2/29");
        assertThat(saveDisabled()).isFalse();
        type("#date-date", "");

        assertThat(error("#date-error")).isEqualTo(chinese.get("validation.required"));
        assertThat(saveDisabled()).isTrue();
    }
}
