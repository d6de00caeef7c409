package dev.rapport.ui.pages;

import dev.rapport.domain.Account;
import dev.rapport.domain.plan.DueAction;
import dev.rapport.ui.plans.PlannerIds;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Planner as a test drives it: the year grid's rows and chips, the due list, "New plan…". */
public final class PlannerPage {
    private final FxRobot robot;

    public PlannerPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** The chip of an action in the year grid. */
    public Node chip(long actionId) {
        return robot.lookup(id(PlannerIds.chip(actionId))).query();
    }

    public boolean hasChip(long actionId) {
        return robot.lookup(id(PlannerIds.chip(actionId))).tryQuery().isPresent();
    }

    /** Every chip in the year grid. */
    public Set<Node> chips() {
        return robot.lookup(id(PlannerIds.GRID) + " ." + PlannerIds.CHIP_CLASS).queryAll();
    }

    /** Whether the chip sits in the account's month (1-12). */
    public boolean chipIsIn(long actionId, long accountId, int month) {
        return PlannerIds.cell(accountId, month).equals(((Pane) chip(actionId).getParent()).getId());
    }

    public void clickChip(long actionId) {
        robot.clickOn(id(PlannerIds.chip(actionId)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void dragChip(long actionId, long accountId, int month) {
        robot.drag(id(PlannerIds.chip(actionId))).dropTo(id(PlannerIds.cell(accountId, month)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The account's name at the start of its row, when the grid shows it. */
    public Optional<Node> row(long accountId) {
        return robot.lookup(id(PlannerIds.account(accountId))).tryQuery();
    }

    /** Waits until the grid shows the account's row: the year loads in the background. */
    public void waitForRow(long accountId) {
        try {
            // 30 s, as for the editor: on a loaded machine the year took over 10 s to load
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> row(accountId).map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the row of account " + accountId + " never showed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the account's name: its plan opens. */
    public void openPlanOf(long accountId) {
        robot.clickOn(id(PlannerIds.account(accountId)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Asks for the account name's menu (as a right click does; the headless robot's right click
     * brings no menu) and chooses "Open account": its page opens on Accounts.
     */
    public void openAccountOf(long accountId) {
        Node name = robot.lookup(id(PlannerIds.account(accountId))).query();
        robot.interact(() -> {
            javafx.geometry.Point2D at = name.localToScreen(4, 4);
            javafx.event.Event.fireEvent(name, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4, at.getX(), at.getY(), false,
                    new javafx.scene.input.PickResult(name, at.getX(), at.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem open = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> PlannerIds.OPEN_ACCOUNT.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Open account in the name's menu"));
        robot.interact(() -> {
            open.getParentPopup().hide();
            open.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the closed owner filter says ("Owner (0/2)"). */
    public String ownerFilterText() {
        return dev.rapport.ui.common.CheckComboTitles.shownText(robot.lookup("#" + dev.rapport.ui.plans.PlannerIds.OWNER_FILTER)
                .queryAs(org.controlsfx.control.CheckComboBox.class));
    }

    public Label emptyText() {
        return robot.lookup(id(PlannerIds.EMPTY)).queryAs(Label.class);
    }

    public Button newPlanButton() {
        return robot.lookup(id(PlannerIds.NEW_PLAN)).queryButton();
    }

    public void newPlan() {
        robot.clickOn(id(PlannerIds.NEW_PLAN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The accounts "New plan…" offers. */
    public ComboBox<Account> newPlanAccounts() {
        return robot.lookup(id(PlannerIds.NEW_PLAN_ACCOUNT)).queryComboBox();
    }

    public Node newPlanCreateButton() {
        return robot.lookup(id(PlannerIds.NEW_PLAN_CREATE)).query();
    }

    /** Picks the account in "New plan…" and creates its plan, which opens in the editor. */
    public void createPlanFor(Account account) {
        ComboBox<Account> accounts = newPlanAccounts();
        robot.interact(() -> accounts.setValue(account));
        robot.clickOn(id(PlannerIds.NEW_PLAN_CREATE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public ListView<DueAction> due() {
        return robot.lookup(id(PlannerIds.DUE)).queryListView();
    }

    /** Chooses a row of the due list. */
    public void selectDue(int row) {
        ListView<DueAction> due = due();
        robot.interact(() -> due.getSelectionModel().select(row));
    }

    /** Opens the action chosen in the due list in its own editor. */
    public void editDueAction() {
        robot.clickOn(id(PlannerIds.EDIT_ACTION));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As {@link #editDueAction}, with the button fired where an editor in front would take the click. */
    public void fireEditDueAction() {
        robot.interact(() -> ((Button) robot.lookup(id(PlannerIds.EDIT_ACTION)).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
