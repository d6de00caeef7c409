package dev.rapport.ui.pages;

import dev.rapport.domain.AgendaGroup;
import dev.rapport.ui.today.GettingStartedIds;
import dev.rapport.ui.today.TodayIds;
import dev.rapport.ui.today.UpcomingDatesIds;
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

    /** Whether the upcoming dates show the header of this group. */
    public boolean showsGroup(AgendaGroup group) {
        return robot.lookup(id(UpcomingDatesIds.group(group))).tryQuery().isPresent();
    }

    /** Today's date line under a root, for a test that holds the window's nodes rather than a robot. */
    public static Node dateIn(Node root) {
        return root.lookup(id(TodayIds.DATE));
    }

    public static Node dateIn(Scene scene) {
        return scene.lookup(id(TodayIds.DATE));
    }
}
