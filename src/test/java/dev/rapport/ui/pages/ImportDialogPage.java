package dev.rapport.ui.pages;

import dev.rapport.domain.DateOrder;
import dev.rapport.exchange.ImportField;
import dev.rapport.ui.exchange.ImportDialogIds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview as a test reads and sets it, by {@link ImportDialogIds}. */
public final class ImportDialogPage {
    private final FxRobot robot;

    public ImportDialogPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** The cards of a vCard file, one row each. */
    public TableView<?> cards() {
        return robot.lookup(id(ImportDialogIds.CARDS)).queryAs(TableView.class);
    }

    /** The field a CSV column (from 0) is read into. */
    @SuppressWarnings("unchecked")
    public ComboBox<ImportField> field(int column) {
        return robot.lookup(id(ImportDialogIds.field(column))).queryAs(ComboBox.class);
    }

    public ImportDialogPage mapColumn(int column, ImportField field) {
        ComboBox<ImportField> box = field(column);
        robot.interact(() -> box.setValue(field));
        return this;
    }

    @SuppressWarnings("unchecked")
    public ComboBox<DateOrder> dateOrder() {
        return robot.lookup(id(ImportDialogIds.DATE_ORDER)).queryAs(ComboBox.class);
    }

    /** The report of the last trial run, shown in the dialog. */
    public TextArea report() {
        return robot.lookup(id(ImportDialogIds.REPORT)).queryAs(TextArea.class);
    }

    /** The lines the preview says will be refused. */
    public TextArea problems() {
        return robot.lookup(id(ImportDialogIds.PROBLEMS)).queryAs(TextArea.class);
    }

    /** Clicks "Trial run" (the tests run in English): the dialog stays open and shows the report. */
    public ImportDialogPage trialRun() {
        robot.clickOn("Trial run");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
