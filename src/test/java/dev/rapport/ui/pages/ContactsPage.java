package dev.rapport.ui.pages;

import dev.rapport.domain.ContactListItem;
import dev.rapport.ui.contacts.ContactsIds;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The people screen as a test sees it: its list, search and the selected person's timeline. */
public final class ContactsPage {
    private final FxRobot robot;

    public ContactsPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Shows the people screen from the navigation rail. */
    public ContactsPage open() {
        new MainWindowPage(robot).go("contacts");
        return this;
    }

    @SuppressWarnings("unchecked")
    public TableView<ContactListItem> table() {
        return robot.lookup("#" + ContactsIds.TABLE).queryAs(TableView.class);
    }

    /** The listed people's names, in the table's order. */
    public List<String> names() {
        return table().getItems().stream().map(i -> i.contact().name()).toList();
    }

    public ContactsPage search(String text) {
        robot.clickOn("#" + ContactsIds.SEARCH).write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ContactsPage selectFirst() {
        TableView<ContactListItem> table = table();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public ContactsPage select(String name) {
        TableView<ContactListItem> table = table();
        ContactListItem item = table.getItems().stream().filter(i -> i.contact().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + names()));
        robot.interact(() -> table.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The "Days since" of a listed person; null when never contacted. */
    @SuppressWarnings("unchecked")
    public Long daysSince(String name) {
        TableView<ContactListItem> table = table();
        String id = ContactsIds.LOG_COLUMNS + "-days-since-column";
        TableColumn<ContactListItem, Long> days = (TableColumn<ContactListItem, Long>) table.getColumns().stream()
                .filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
        return days.getCellData(table.getItems().stream().filter(i -> i.contact().name().equals(name)).findFirst()
                .orElseThrow());
    }

    /** The Edit button over the list: disabled while no one is selected. */
    public javafx.scene.control.Button editButton() {
        return robot.lookup("#" + ContactsIds.EDIT).queryAs(javafx.scene.control.Button.class);
    }

    /** Opens the selected person's editor with the Edit button. */
    public ContactEditorPage edit() {
        robot.clickOn("#" + ContactsIds.EDIT);
        WaitForAsyncUtils.waitForFxEvents();
        return new ContactEditorPage(robot);
    }

    /** The selected person's timeline. */
    public TimelinePage timeline() {
        return new TimelinePage(robot, ContactsIds.TIMELINE);
    }

    /** Whether the list shows the column with this id (ContactsIds' *_COLUMN). */
    public boolean showsColumn(String columnId) {
        return table().getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + columnId)).isVisible();
    }

    /** Shows or hides a column, as its entry in the header's menu does. */
    public ContactsPage showColumn(String columnId, boolean shown) {
        robot.interact(() -> table().getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow().setVisible(shown));
        return this;
    }

    /** The ids of the columns in the order the list shows them, hidden ones included. */
    public List<String> columnOrder() {
        return table().getColumns().stream().map(javafx.scene.control.TableColumn::getId).toList();
    }

    /** Whether the header offers its menu of columns to show or hide. */
    public boolean offersColumnMenu() {
        return table().isTableMenuButtonVisible();
    }
}
