package dev.rapport.ui.pages;

import dev.rapport.ui.contacts.PersonPageTab;
import dev.rapport.ui.memory.ContactMemoryIds;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/**
 * The selected person's memory pane on the people screen: its tabs and, per kind of row (the
 * prefixes {@link ContactMemoryIds#FAMILY}, {@link ContactMemoryIds#DATE}, {@link ContactMemoryIds#GIFT}),
 * a list with Add, Edit and Delete.
 */
public final class ContactMemoryPage {
    private final FxRobot robot;

    public ContactMemoryPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Clicks a tab: {@link ContactMemoryIds#TAB_GIFTS} and the like. */
    public ContactMemoryPage tab(String tabId) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        robot.clickOn(id(tabId));
        return this;
    }

    public ListView<?> list(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        return robot.lookup(id(ContactMemoryIds.list(rows))).queryListView();
    }

    /** The cells the list of this kind shows. */
    public Set<Node> cells(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        return robot.lookup(id(ContactMemoryIds.list(rows)) + " .list-cell").queryAll();
    }

    public ContactMemoryPage select(String rows, int index) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        ListView<?> list = list(rows);
        robot.interact(() -> list.getSelectionModel().select(index));
        return this;
    }

    public void add(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        robot.clickOn(id(ContactMemoryIds.add(rows)));
    }

    public void edit(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        robot.clickOn(id(ContactMemoryIds.edit(rows)));
    }

    public Node editButton(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        return robot.lookup(id(ContactMemoryIds.edit(rows))).query();
    }

    public Node deleteButton(String rows) {
        ContactsPage.onTab(robot, PersonPageTab.MEMORY);
        return robot.lookup(id(ContactMemoryIds.delete(rows))).query();
    }
}
