package dev.rapport.ui.main;

/** The node ids of the window's frame, shared with the tests' page object. */
public final class MainWindowIds {
    /** The rail's buttons are "nav-" and the screen's id: nav-today, nav-settings. */
    public static final String NAV_PREFIX = "nav-";
    public static final String STATUS = "status-message";
    public static final String TASK_CANCEL = "task-cancel";

    private MainWindowIds() {
    }

    /** The rail's button for a screen: today, accounts, contacts, planner, insights, settings. */
    public static String nav(String screen) {
        return NAV_PREFIX + screen;
    }
}
