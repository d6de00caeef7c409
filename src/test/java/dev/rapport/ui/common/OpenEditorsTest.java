package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ui.common.OpenEditors.Key;
import dev.rapport.ui.common.OpenEditors.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: one editor per record, for every kind of record that has an editor. */
class OpenEditorsTest {
    private final FxRobot robot = new FxRobot();
    private final OpenEditors editors = new OpenEditors();
    /** Editors this test showed, newest last: closed newest first, as nested dialogs close. */
    private final List<Dialog<String>> shown = new ArrayList<>();
    private final List<String> clicked = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWhatIsOpen() {
        for (int i = shown.size() - 1; i >= 0; i--) {
            Dialog<String> d = shown.get(i);
            robot.interact(() -> {
                if (d.isShowing()) {
                    d.close();
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void aSecondOpenOfARecordBringsItsEditorToTheFrontAndOpensNoOther(Kind kind) {
        // two editors in the same place: a click there lands on the one in front (Monocle's focus
        // flag is true for every window, so the click is what tells which one the user sees)
        Dialog<String> first = editor(kind + " 7");
        openLater(Key.of(kind, 7L), () -> first);
        Dialog<String> other = editor(kind + " 8");
        openLater(Key.of(kind, 8L), () -> other);
        assertThat(inFront()).as("another record's editor came in front of it").isEqualTo(kind + " 8");

        AtomicInteger made = new AtomicInteger();
        List<Optional<String>> secondResult = new ArrayList<>();
        Platform.runLater(() -> secondResult.add(editors.showAndWait(Key.of(kind, 7L), () -> {
            made.incrementAndGet();
            return editor(kind + " 7 again");
        })));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(made).as("no second editor of the record was even made").hasValue(0);
        assertThat(secondResult).as("the second open returned at once, with nothing to save")
                .containsExactly(Optional.empty());
        assertThat(inFront()).as("the record's editor was brought to the front").isEqualTo(kind + " 7");
        assertThat(showingTitled(kind + " 7")).hasSize(1);
        assertThat(editors.isOpen(Key.of(kind, 8L))).as("the other record stays open").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CloseWay.class)
    void closingAnEditorAnyWayFreesItsRecordForTheNextOpen(CloseWay way) {
        Key key = Key.of(Kind.PERSON, 12L);
        Dialog<String> first = editor("person 12");
        openLater(key, () -> first);
        assertThat(editors.isOpen(key)).isTrue();

        robot.interact(() -> way.close.accept(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isShowing()).isFalse();
        assertThat(editors.isOpen(key)).as("closed by " + way).isFalse();

        Dialog<String> again = editor("person 12 again");
        openLater(key, () -> again);
        assertThat(again.isShowing()).as("the record opens again").isTrue();
    }

    @Test
    void newRecordsHaveNoKeySoTwoNewOnesOpenSideBySide() {
        assertThat(Key.of(Kind.GIFT, null)).isNull();
        Dialog<String> one = editor("new gift");
        Dialog<String> two = editor("another new gift");
        openLater(Key.of(Kind.GIFT, null), () -> one);
        openLater(Key.of(Kind.GIFT, null), () -> two);
        assertThat(one.isShowing()).isTrue();
        assertThat(two.isShowing()).isTrue();
    }

    @Test
    void aRecordStillLoadingRefusesASecondOpenUntilItsLoadGivesItUp() {
        Key key = Key.of(Kind.CONTACT_LOG_ENTRY, 3L);
        Optional<OpenEditors.Claim> loading = editors.claim(key);
        assertThat(loading).isPresent();
        assertThat(editors.claim(key)).as("a double click while the entry loads").isEmpty();
        assertThat(editors.claim(Key.of(Kind.PLAN_ACTION, 3L))).as("another kind, same id").isPresent();

        loading.get().release();
        loading.get().release();
        assertThat(editors.isOpen(key)).isFalse();
        assertThat(editors.claim(key)).as("after a failed load the entry opens again").isPresent();
    }

    @Test
    void aPlanIsNamedByItsAccountAndYearSoItsDraftIsOneRecordToo() {
        assertThat(Key.plan(5, 2026)).isEqualTo(Key.plan(5, 2026)).isNotEqualTo(Key.plan(5, 2027))
                .isNotEqualTo(Key.plan(6, 2026));
    }

    /** The ways an editor closes: its buttons, Escape or the title bar's close, or being hidden. */
    enum CloseWay {
        CANCEL_BUTTON(d -> ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).fire()),
        SAVE_BUTTON(d -> ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).fire()),
        WINDOW_CLOSE(d -> window(d).fireEvent(new WindowEvent(window(d), WindowEvent.WINDOW_CLOSE_REQUEST))),
        HIDDEN(d -> window(d).hide());

        final Consumer<Dialog<String>> close;

        CloseWay(Consumer<Dialog<String>> close) {
            this.close = close;
        }
    }

    /** Opens the record's editor as a click does: in an FX event of its own, waiting while it is open. */
    private void openLater(Key key, Supplier<Dialog<String>> editor) {
        Platform.runLater(() -> editors.showAndWait(key, editor));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Dialog<String> editor(String title) {
        if (!Platform.isFxApplicationThread()) {
            try {
                return WaitForAsyncUtils.asyncFx(() -> editor(title)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the FX thread did not answer", e);
            }
        }
        Dialog<String> d = new Dialog<>();
        d.setTitle(title);
        // not modal, all in one place: which one is in front is then up to the registry alone
        d.initModality(Modality.NONE);
        d.getDialogPane().setPrefSize(300, 200);
        d.setX(100);
        d.setY(100);
        d.getDialogPane().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> clicked.add(title));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? "saved" : null);
        shown.add(d);
        return d;
    }

    /** The title of the editor a click in the editors' place lands on. */
    private String inFront() {
        robot.clickOn(new Point2D(250, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicked).as("the click landed on an editor").isNotEmpty();
        return clicked.get(clicked.size() - 1);
    }

    private static Stage window(Dialog<?> d) {
        return (Stage) d.getDialogPane().getScene().getWindow();
    }

    private static List<Window> showingTitled(String title) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).toList()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
