package dev.rapport.ui.pages;

import dev.rapport.domain.ContactListItem;
import dev.rapport.ui.contacts.ContactsIds;
import dev.rapport.ui.contacts.PersonPageTab;
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

    /** Types in the list's search; from an open page, Back first, as a rep would. */
    public ContactsPage search(String text) {
        if (pageOpen()) {
            back();
        }
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

    /** Opens the selected person's editor with the Edit button (the page's when their page is open). */
    public ContactEditorPage edit() {
        robot.clickOn("#" + (pageOpen() ? ContactsIds.PAGE_EDIT : ContactsIds.EDIT));
        WaitForAsyncUtils.waitForFxEvents();
        return new ContactEditorPage(robot);
    }

    /** The selected person's timeline, on their page's Contact log tab (the page opens first). */
    public TimelinePage timeline() {
        onTab(robot, PersonPageTab.LOG);
        return new TimelinePage(robot, ContactsIds.TIMELINE);
    }

    /** Enter on the list: the selected person's page opens. */
    public ContactsPage openSelected() {
        TableView<ContactListItem> table = table();
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Whether a person's page is open over the list. */
    public boolean pageOpen() {
        return robot.lookup("#" + ContactsIds.PAGE).tryQuery().map(javafx.scene.Node::isVisible).orElse(false);
    }

    public ContactsPage back() {
        robot.clickOn("#" + ContactsIds.PAGE_BACK);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The open page's name. */
    public String pageTitle() {
        return robot.lookup("#" + ContactsIds.PAGE_TITLE).queryLabeled().getText();
    }

    /** A text of the page's header line (the PAGE_PHONE, PAGE_EMAIL, PAGE_BIRTHDAY, PAGE_LAST_CONTACT ids). */
    public String keyFact(String keyId) {
        return robot.lookup("#" + keyId).queryLabeled().getText();
    }

    /** Clicks the account's name on the person's page. */
    public void openAccount() {
        robot.clickOn("#" + ContactsIds.PAGE_ACCOUNT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks Delete on the person's page. */
    public void deleteOnPage() {
        robot.clickOn("#" + ContactsIds.PAGE_DELETE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public ContactsPage tab(PersonPageTab tab) {
        javafx.scene.control.TabPane tabs = robot.lookup("#" + ContactsIds.PAGE_TABS)
                .queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tab.id().equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The selected person's page open on this tab, for the page objects of the parts it shows. */
    static void onTab(FxRobot robot, PersonPageTab tab) {
        ContactsPage page = new ContactsPage(robot);
        if (!page.pageOpen()) {
            page.openSelected();
        }
        page.tab(tab);
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
