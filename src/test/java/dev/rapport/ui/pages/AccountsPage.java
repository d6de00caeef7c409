package dev.rapport.ui.pages;

import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.accounts.AccountPageTab;
import dev.rapport.ui.accounts.AccountsIds;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The accounts screen as a test drives it, by the ids the view publishes in {@link AccountsIds}. */
public final class AccountsPage {
    private final FxRobot robot;

    public AccountsPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Shows the accounts screen from the navigation rail. */
    public AccountsPage open() {
        new MainWindowPage(robot).go("accounts");
        return this;
    }

    /** The accounts table in a scene, for a test that holds the scene rather than a robot. */
    public static TableView<?> tableIn(Scene scene) {
        return (TableView<?>) scene.lookup(id(AccountsIds.TABLE));
    }

    /** The search field in a scene, for a test that holds the scene rather than a robot. */
    public static TextField searchIn(Scene scene) {
        return (TextField) scene.lookup(id(AccountsIds.SEARCH));
    }

    @SuppressWarnings("unchecked")
    public TableView<AccountListItem> table() {
        return robot.lookup(id(AccountsIds.TABLE)).queryAs(TableView.class);
    }

    /** The rows the table shows now, in its order. */
    public List<AccountListItem> rows() {
        return List.copyOf(table().getItems());
    }

    /** The names in the table, in its order. */
    public List<String> names() {
        return rows().stream().map(i -> i.account().name()).toList();
    }

    /** Selects the account of this name, as a click on its row does. */
    public AccountsPage select(String name) {
        TableView<AccountListItem> table = table();
        robot.interact(() -> table.getItems().stream().filter(i -> i.account().name().equals(name)).findFirst()
                .ifPresentOrElse(table.getSelectionModel()::select, () -> {
                    throw new AssertionError("no account " + name + " in " + names());
                }));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Scrolls the list to the selected row, as arrowing to it does. */
    public AccountsPage scrollToSelected() {
        TableView<AccountListItem> table = table();
        robot.interact(() -> table.scrollTo(table.getSelectionModel().getSelectedIndex()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Selects the row at this index. */
    public AccountsPage selectRow(int index) {
        TableView<AccountListItem> table = table();
        robot.interact(() -> table.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public AccountListItem selected() {
        return table().getSelectionModel().getSelectedItem();
    }

    /** Types in the list's search; from an open page, Back first, as a rep would. */
    public AccountsPage typeSearch(String text) {
        if (pageOpen()) {
            back();
        }
        robot.clickOn(id(AccountsIds.SEARCH)).write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public TextField search() {
        return robot.lookup(id(AccountsIds.SEARCH)).queryAs(TextField.class);
    }

    public String count() {
        return robot.lookup(id(AccountsIds.COUNT)).queryLabeled().getText();
    }

    /** Clicks "New account"; the editor opens. */
    public AccountEditorPage newAccount() {
        robot.clickOn(id(AccountsIds.NEW));
        WaitForAsyncUtils.waitForFxEvents();
        return new AccountEditorPage(robot);
    }

    /** Selects the account of this name and opens its page, as Enter on its row does. */
    public AccountsPage open(String name) {
        select(name);
        openSelected();
        return this;
    }

    /** Enter on the list: the selected account's page opens. */
    public AccountsPage openSelected() {
        TableView<AccountListItem> table = table();
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Whether an account's page is open over the list. */
    public boolean pageOpen() {
        return robot.lookup(id(AccountsIds.PAGE)).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Whether the list and its search show (not covered by a page). */
    public boolean listShown() {
        return robot.lookup(id(AccountsIds.TABLE)).query().isVisible()
                && robot.lookup(id(AccountsIds.SEARCH)).query().isVisible();
    }

    /** The index of the first row the list shows: its scroll. */
    public int firstVisibleRow() {
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup(id(AccountsIds.TABLE) + " .virtual-flow")
                .queryAs(javafx.scene.control.skin.VirtualFlow.class);
        javafx.scene.control.IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    /** The open page's node, for an event a robot cannot make (the mouse's back button). */
    public Node pageNode() {
        return robot.lookup(id(AccountsIds.PAGE)).query();
    }

    /** The page's Back button. */
    public AccountsPage back() {
        robot.clickOn(id(AccountsIds.PAGE_BACK));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The selected account's page open on this tab, for the page objects of the parts it shows. */
    static void onTab(FxRobot robot, AccountPageTab tab) {
        AccountsPage page = new AccountsPage(robot);
        if (!page.pageOpen()) {
            page.openSelected();
        }
        page.tab(tab);
    }

    /** Chooses a tab of the open page. */
    public AccountsPage tab(AccountPageTab tab) {
        TabPane tabs = robot.lookup(id(AccountsIds.PAGE_TABS)).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tab.id().equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The tab the open page shows. */
    public AccountPageTab selectedTab() {
        TabPane tabs = robot.lookup(id(AccountsIds.PAGE_TABS)).queryAs(TabPane.class);
        return (AccountPageTab) tabs.getSelectionModel().getSelectedItem().getUserData();
    }

    /** A text of the page's header line: owner, health, last contact or next date (the KEY_* ids). */
    public String keyFact(String keyId) {
        return robot.lookup(id(keyId)).queryLabeled().getText();
    }

    /** The subjects of the Overview's recent contacts, newest first. */
    public List<String> recentSubjects() {
        javafx.scene.layout.VBox lines = robot.lookup(id(AccountsIds.RECENT)).queryAs(javafx.scene.layout.VBox.class);
        return lines.getChildren().stream().filter(n -> n instanceof javafx.scene.layout.HBox)
                .map(n -> ((javafx.scene.control.Label) ((javafx.scene.layout.HBox) n).getChildren().get(2)).getText())
                .toList();
    }

    /** The Overview's link to the whole contact log. */
    public AccountsPage openWholeLog() {
        robot.clickOn(id(AccountsIds.RECENT_ALL));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks Edit on the selected account's page (opening it first). */
    public AccountEditorPage edit() {
        clickOnPage(AccountsIds.EDIT);
        return new AccountEditorPage(robot);
    }

    public void delete() {
        clickOnPage(AccountsIds.DELETE);
    }

    /** Clicks the page's Export PDF. */
    public void exportPdf() {
        clickOnPage(AccountsIds.EXPORT_PDF);
    }

    /** Whether an account's page is open, showing an account. */
    public boolean showsAnAccount() {
        return pageOpen();
    }

    /** The page title's height on screen: a long name must not take the page. */
    public double titleHeight() {
        return robot.lookup(id(AccountsIds.DETAIL_TITLE)).queryLabeled().getHeight();
    }

    public String detailTitle() {
        return robot.lookup(id(AccountsIds.DETAIL_TITLE)).queryLabeled().getText();
    }

    /** The stage filter above the table. */
    @SuppressWarnings("unchecked")
    public CheckComboBox<LifecycleStage> stageFilter() {
        return robot.lookup(id(AccountsIds.STAGE_FILTER)).queryAs(CheckComboBox.class);
    }

    /** The table's column of this id (one of the {@code *_COLUMN} ids in {@link AccountsIds}). */
    @SuppressWarnings("unchecked")
    public <T> TableColumn<AccountListItem, T> column(String columnId) {
        return (TableColumn<AccountListItem, T>) table().getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
    }

    /** The "Days since" of a listed account; null when never contacted. */
    public Long daysSince(String name) {
        TableColumn<AccountListItem, Long> days = column(AccountsIds.LOG_COLUMNS + "-days-since-column");
        TableView<AccountListItem> table = table();
        return days.getCellData(table.getItems().stream().filter(i -> i.account().name().equals(name)).findFirst()
                .orElseThrow());
    }

    /** The selected account's people, on its page's People tab (the page opens first). */
    public ListView<?> people() {
        peopleTab();
        return robot.lookup(id(AccountsIds.PEOPLE)).queryListView();
    }

    /** Clicks "Add person" on the People tab of the selected account's page; the person editor opens. */
    public ContactEditorPage addPerson() {
        peopleTab();
        clickOnPage(AccountsIds.ADD_PERSON);
        return new ContactEditorPage(robot);
    }

    public Button addPersonButton() {
        peopleTab();
        return robot.lookup(id(AccountsIds.ADD_PERSON)).queryButton();
    }

    private void peopleTab() {
        if (!pageOpen()) {
            openSelected();
        }
        tab(AccountPageTab.PEOPLE);
    }

    private void clickOnPage(String nodeId) {
        if (!pageOpen()) {
            openSelected();
        }
        RunningApp.reveal(robot, id(nodeId));
        robot.clickOn(id(nodeId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
