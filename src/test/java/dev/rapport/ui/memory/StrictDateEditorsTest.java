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
import dev.rapport.ui.pages.GiftEditorPage;
import dev.rapport.ui.pages.ImportantDateEditorPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Dialog;
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
    private final GiftEditorPage gift = new GiftEditorPage(robot);
    private final ImportantDateEditorPage date = new ImportantDateEditorPage(robot);
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
                    new MemorySaves(app.context.memory(), app.ui.kit()).gift(new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openDateEditor(Messages msg) {
        robot.interact(() -> {
            dialog = new ImportantDateEditor(app.stage,
                    ImportantDate.ofContact(anna.id(), DateKind.WORK_ANNIVERSARY, "", null, true), msg, null,
                    new MemorySaves(app.context.memory(), app.ui.kit()).date(new FxTextClipboard()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aGiftOnAnImpossibleDayIsRefusedKeptAsTypedAndNotSaved() {
        openGiftEditor();
        Messages msg = app.context.messages();

        gift.typeDate("2/29/2023");

        assertThat(gift.dateText()).as("kept as typed, not moved to 28 February").isEqualTo("2/29/2023");
        assertThat(gift.dateError()).isEqualTo(msg.get("validation.date"));
        assertThat(gift.saveDisabled()).isTrue();
        gift.save();
        assertThat(app.context.memory().gifts(anna.id())).isEmpty();

        gift.typeDate("2/28/2023");

        assertThat(gift.dateError()).isEmpty();
        assertThat(gift.saveDisabled()).isFalse();
        gift.save();
        assertThat(app.context.memory().gifts(anna.id())).singleElement()
                .satisfies(g -> assertThat(g.givenOn()).isEqualTo(LocalDate.of(2023, 2, 28)));
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void textThatIsNotADateSaysSoWithAnExampleAndHoldsSaveBack() {
        openGiftEditor();
        Messages msg = app.context.messages();

        gift.typeDate("abc");

        assertThat(gift.dateText()).isEqualTo("abc");
        assertThat(gift.dateError()).isEqualTo(msg.get("validation.notADate", "12/24/2026"));
        assertThat(gift.saveDisabled()).isTrue();

        gift.typeDate("3/1/2026");

        assertThat(gift.saveDisabled()).isFalse();
        gift.save();
        assertThat(app.context.memory().gifts(anna.id())).singleElement()
                .satisfies(g -> assertThat(g.givenOn()).isEqualTo(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void anImportantDateOnThirtiethFebruaryInChineseIsRefusedThenTheCorrectedDayIsStored() {
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        openDateEditor(chinese);

        date.typeDate("2026/2/30");

        assertThat(date.dateText()).isEqualTo("2026/2/30");
        assertThat(date.dateError()).isEqualTo(chinese.get("validation.date"));
        assertThat(date.saveDisabled()).isTrue();
        assertThat(app.context.memory().datesOfContact(anna.id())).isEmpty();

        date.typeDate("2026/2/28");

        assertThat(date.dateError()).isEmpty();
        assertThat(date.saveDisabled()).isFalse();
        date.save();
        assertThat(app.context.memory().datesOfContact(anna.id())).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void clearingARequiredDateShowsRequiredNotADateError() {
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        openDateEditor(chinese);

        date.typeDate("2024/2/29");
        assertThat(date.saveDisabled()).isFalse();
        date.typeDate("");

        assertThat(date.dateError()).isEqualTo(chinese.get("validation.required"));
        assertThat(date.saveDisabled()).isTrue();
    }
}
