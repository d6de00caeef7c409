package dev.rapport.ui.pages;

import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.safety.BackupRow;
import dev.rapport.ui.safety.SafetyIds;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings screen's backup and password block, as a test drives it. */
public final class SafetyPage {
    private final FxRobot robot;

    public SafetyPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public TableView<BackupRow> backups() {
        return robot.lookup(id(SafetyIds.TABLE)).queryTableView();
    }

    /** Scrolls Back up now into view, as a person would, and clicks it. */
    public void backUpNow() {
        RunningApp.reveal(robot, id(SafetyIds.BACKUP_NOW));
        robot.clickOn(id(SafetyIds.BACKUP_NOW));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void select(int row) {
        robot.interact(() -> backups().getSelectionModel().select(row));
    }

    public Button restoreButton() {
        return robot.lookup(id(SafetyIds.RESTORE)).queryButton();
    }
}
