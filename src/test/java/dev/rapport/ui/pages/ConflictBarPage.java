package dev.rapport.ui.pages;

import dev.rapport.ui.common.ConflictBar;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The strip an editor shows when its save was refused (issue 17), by the ids {@link ConflictBar} publishes. */
public final class ConflictBarPage {
    private final FxRobot robot;

    public ConflictBarPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public boolean shown() {
        return robot.lookup(id(ConflictBar.BOX_ID)).query().isVisible();
    }

    /** Whether the editor says its save is running. */
    public boolean savingShown() {
        return robot.lookup(id(ConflictBar.SAVING_ID)).query().isVisible();
    }

    public String message() {
        return robot.lookup(id(ConflictBar.MESSAGE_ID)).queryLabeled().getText();
    }

    public void reload() {
        click(ConflictBar.RELOAD_ID);
    }

    public void keepMine() {
        click(ConflictBar.KEEP_MINE_ID);
    }

    public void copyMyText() {
        click(ConflictBar.COPY_ID);
    }

    private void click(String nodeId) {
        robot.clickOn(id(nodeId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The strip inside one dialog, when several editors are open at once. */
    public static Node boxIn(Parent dialogPane) {
        return dialogPane.lookup(id(ConflictBar.BOX_ID));
    }
}
