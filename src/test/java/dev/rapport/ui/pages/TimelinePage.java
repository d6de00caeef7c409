package dev.rapport.ui.pages;

import dev.rapport.domain.TimelineEntry;
import dev.rapport.ui.contactlog.TimelineIds;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An account's or a person's timeline, found by its id prefix (see {@link TimelineIds}). */
public final class TimelinePage {
    private final FxRobot robot;
    private final String prefix;

    public TimelinePage(FxRobot robot, String prefix) {
        this.robot = robot;
        this.prefix = prefix;
    }

    /** Clicks the timeline's Log button; the log form opens for its account or person. */
    public InteractionEditorPage log() {
        robot.clickOn("#" + TimelineIds.log(prefix));
        return new InteractionEditorPage(robot);
    }

    public ListView<TimelineEntry> list() {
        return robot.lookup("#" + TimelineIds.list(prefix)).queryListView();
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(list().getItems());
    }

    public boolean isShown() {
        ListView<TimelineEntry> list = list();
        return list.isVisible() && list.getScene() != null;
    }

    /** Selects an entry and opens it with Enter, as the keyboard does. */
    public InteractionEditorPage open(int index) {
        ListView<TimelineEntry> list = list();
        robot.interact(() -> list.getSelectionModel().select(index));
        robot.interact(list::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return new InteractionEditorPage(robot);
    }
}
