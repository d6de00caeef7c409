package dev.rapport.ui.pages;

import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.accounts.AccountsIds;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

    public AccountsPage typeSearch(String text) {
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

    /** Clicks Edit in the detail pane of the selected account. */
    public AccountEditorPage edit() {
        clickInDetail(AccountsIds.EDIT);
        return new AccountEditorPage(robot);
    }

    public void delete() {
        clickInDetail(AccountsIds.DELETE);
    }

    /** Clicks the detail pane's Export PDF. */
    public void exportPdf() {
        clickInDetail(AccountsIds.EXPORT_PDF);
    }

    /** Whether the detail pane shows an account (its buttons exist only then). */
    public boolean showsAnAccount() {
        return robot.lookup(id(AccountsIds.EXPORT_PDF)).tryQuery().isPresent();
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

    /** The selected account's people in the detail pane. */
    public ListView<?> people() {
        return robot.lookup(id(AccountsIds.PEOPLE)).queryListView();
    }

    /** Clicks "Add person" in the detail pane of the selected account; the person editor opens. */
    public ContactEditorPage addPerson() {
        clickInDetail(AccountsIds.ADD_PERSON);
        return new ContactEditorPage(robot);
    }

    public Button addPersonButton() {
        return robot.lookup(id(AccountsIds.ADD_PERSON)).queryButton();
    }

    private void clickInDetail(String nodeId) {
        RunningApp.reveal(robot, id(nodeId));
        robot.clickOn(id(nodeId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
