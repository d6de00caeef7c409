package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.i18n.Messages;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A question before a delete, a restore or throwing edits away has Cancel as its default: Enter
 * pressed out of habit keeps the rep's data (issue 19, dialogs). Other questions keep their
 * confirm button as the default.
 */
class FxDialogServiceTest {
    private final FxRobot robot = new FxRobot();
    private final FxDialogService dialogs = new FxDialogService(new Messages(Locale.ENGLISH), () -> null);
    private Alert shown;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            WaitForAsyncUtils.asyncFx(() -> shown.close()).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void enterOnADestructiveQuestionCancels() throws Exception {
        show(true);

        assertThat(button(ButtonBar.ButtonData.OK_DONE).isDefaultButton()).as("Delete is the default").isFalse();
        assertThat(button(ButtonBar.ButtonData.OK_DONE).getStyleClass()).contains("danger");
        assertThat(button(ButtonBar.ButtonData.CANCEL_CLOSE).isDefaultButton()).isTrue();
        assertThat(button(ButtonBar.ButtonData.CANCEL_CLOSE).isFocused()).as("Cancel has the focus").isTrue();

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown.isShowing()).isFalse();
        assertThat(shown.getResult().getButtonData()).isEqualTo(ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Test
    void enterOnAnOrdinaryQuestionConfirms() throws Exception {
        show(false);

        assertThat(button(ButtonBar.ButtonData.OK_DONE).isDefaultButton()).isTrue();
        assertThat(button(ButtonBar.ButtonData.OK_DONE).getStyleClass()).doesNotContain("danger");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown.getResult().getButtonData()).isEqualTo(ButtonBar.ButtonData.OK_DONE);
    }

    private void show(boolean destructive) throws Exception {
        shown = WaitForAsyncUtils.asyncFx(() -> {
            Alert alert = dialogs.confirmation("Delete account", "Delete 华为 Contoso?", "Delete", destructive);
            alert.show();
            return alert;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(ButtonBar.ButtonData data) {
        ButtonType type = shown.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        return (Button) shown.getDialogPane().lookupButton(type);
    }
}
