package dev.rapport.ui.pages;

import dev.rapport.ui.today.GettingStartedIds;
import dev.rapport.ui.today.TodayIds;
import dev.rapport.ui.today.UpcomingDatesIds;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Today screen as a test reads it, by the ids in {@link TodayIds} and {@link UpcomingDatesIds}. */
public final class TodayPage {
    private final FxRobot robot;

    public TodayPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Shows Today from the navigation rail. */
    public TodayPage open() {
        new MainWindowPage(robot).go("today");
        return this;
    }

    /** Whether the getting-started card (the book is empty) is in view. */
    public boolean showsGettingStarted() {
        return robot.lookup(id(GettingStartedIds.CARD)).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The card's "New account": Accounts, with a new account's editor open. */
    public AccountEditorPage startWithNewAccount() {
        robot.clickOn(id(GettingStartedIds.NEW_ACCOUNT));
        WaitForAsyncUtils.waitForFxEvents();
        return new AccountEditorPage(robot);
    }

    /** The card's "Create sample data". */
    public TodayPage startWithSampleData() {
        robot.clickOn(id(GettingStartedIds.SAMPLE_DATA));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Whether the upcoming dates say there are none. */
    public boolean showsNoDates() {
        return robot.lookup(id(UpcomingDatesIds.NONE)).tryQuery().isPresent();
    }

    /** Whether the upcoming dates have a header for the day this many days away (0 is today). */
    public boolean showsDay(long daysUntil) {
        return robot.lookup(id(UpcomingDatesIds.day(daysUntil))).tryQuery().isPresent();
    }

    /** The header text of the day this many days away: "tomorrow · Tuesday, Dec 8". */
    public String dayHeading(long daysUntil) {
        return robot.lookup(id(UpcomingDatesIds.day(daysUntil))).queryButton().getText();
    }

    /** Folds the day away, or opens it, as a click on its header does. */
    public TodayPage toggleDay(long daysUntil) {
        robot.clickOn(robot.lookup(id(UpcomingDatesIds.day(daysUntil))).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Moves the keyboard focus to a day's header and presses Space, as a rep tabbing through Today does. */
    public TodayPage toggleDayByKeyboard(long daysUntil) {
        Node header = robot.lookup(id(UpcomingDatesIds.day(daysUntil))).query();
        robot.interact(header::requestFocus);
        if (!header.isFocused()) {
            throw new AssertionError("the header of day " + daysUntil + " took no focus; focus owner: "
                    + header.getScene().getFocusOwner());
        }
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The birthday and date lines in view, each as its labels joined by " | ". */
    public List<String> dateLines() {
        return robot.lookup("." + UpcomingDatesIds.LINE_CLASS).queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .map(row -> robot.from(row).lookup((Node n) -> n instanceof javafx.scene.control.Label
                                || n instanceof javafx.scene.control.Hyperlink).queryAll().stream()
                        .map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce("", (a, b) -> a + " | " + b))
                .toList();
    }

    /** The first "log gift/greeting" button in view. */
    public TodayPage logGift() {
        robot.clickOn(robot.lookup("." + UpcomingDatesIds.LOG_GIFT_CLASS).queryButton());
        return this;
    }

    /** Whether any line offers a gift (an account's own date offers a contact instead). */
    public boolean offersGift() {
        return robot.lookup("." + UpcomingDatesIds.LOG_GIFT_CLASS).tryQuery().isPresent();
    }

    /** Clicks the first date line's Log contact; the log form opens. */
    public InteractionEditorPage logContact() {
        robot.clickOn(robot.lookup("." + UpcomingDatesIds.LOG_CONTACT_CLASS).queryButton());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return new InteractionEditorPage(robot);
    }

    /** Whether any line offers to log a contact with the account. */
    public boolean offersContact() {
        return robot.lookup("." + UpcomingDatesIds.LOG_CONTACT_CLASS).tryQuery().isPresent();
    }

    /** Clicks the account name of the first date line in view, which opens the account. */
    public TodayPage openFirstAccount() {
        robot.clickOn(robot.lookup("." + UpcomingDatesIds.ACCOUNT_LINK_CLASS).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks the first "show all" link of a day with more lines than shown. */
    public TodayPage showAll() {
        robot.clickOn(robot.lookup("." + UpcomingDatesIds.SHOW_ALL_CLASS).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Whether Today is wider than its window (a sideways scroll): a long name must not do that. */
    public boolean overflowsSideways() {
        javafx.scene.control.ScrollPane scroll = robot.lookup(id(TodayIds.SCROLL)).queryAs(javafx.scene.control.ScrollPane.class);
        return scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 0.5;
    }

    /** Whether every "log gift" button lies wholly inside the window's width. */
    public boolean giftButtonsInView() {
        double sceneWidth = robot.lookup(id(TodayIds.SCROLL)).query().getScene().getWidth();
        return robot.lookup("." + UpcomingDatesIds.LOG_GIFT_CLASS).queryAll().stream()
                .allMatch(b -> b.localToScene(b.getLayoutBounds()).getMaxX() <= sceneWidth);
    }

    /** The ids of Today's sections, top to bottom, as they stand in its column. */
    public List<String> sectionOrder() {
        javafx.scene.control.ScrollPane scroll = robot.lookup(id(TodayIds.SCROLL)).queryAs(javafx.scene.control.ScrollPane.class);
        return ((javafx.scene.Parent) scroll.getContent()).getChildrenUnmodifiable().stream().map(Node::getId).toList();
    }

    /** Today's date line under a root, for a test that holds the window's nodes rather than a robot. */
    public static Node dateIn(Node root) {
        return root.lookup(id(TodayIds.DATE));
    }

    public static Node dateIn(Scene scene) {
        return scene.lookup(id(TodayIds.DATE));
    }
}
