package dev.rapport.ui.plans;

/** The node ids of the Planner and its "New plan…" dialog, shared with its page object in the tests. */
public final class PlannerIds {
    public static final String ROOT = "planner";
    public static final String YEAR_TAB = "planner-year-tab";
    public static final String DUE_TAB = "planner-due-tab";
    public static final String TOTALS_TAB = "planner-totals-tab";
    public static final String PREVIOUS_YEAR = "planner-prev-year";
    public static final String NEXT_YEAR = "planner-next-year";
    public static final String YEAR = "planner-year";
    public static final String NEW_PLAN = "planner-new-plan";
    public static final String LEVEL_FILTER = "planner-level-filter";
    public static final String STATUS_FILTER = "planner-status-filter";
    public static final String TIER_FILTER = "planner-tier-filter";
    public static final String OWNER_FILTER = "planner-owner-filter";
    public static final String GRID = "planner-grid";
    public static final String EMPTY = "planner-empty";
    public static final String DUE = "planner-due";
    public static final String MARK_DONE = "planner-mark-done";
    public static final String EDIT_ACTION = "planner-edit-action";
    public static final String LEVEL_TOTALS = "planner-level-totals";
    public static final String MONTH_TOTALS = "planner-month-totals";
    public static final String SHARE_BAR = "planner-share-bar";
    public static final String NEW_PLAN_ACCOUNT = "new-plan-account";
    public static final String NEW_PLAN_CREATE = "new-plan-create";
    /** The style class every action chip carries, in the grid and in the legend. */
    public static final String CHIP_CLASS = "plan-chip";

    /** The "Open account" item of an account name's menu. */
    public static final String OPEN_ACCOUNT = "planner-open-account";

    private PlannerIds() {
    }

    /** An account's name at the start of its row. */
    public static String account(long accountId) {
        return "planner-account-" + accountId;
    }

    /** An account's month cell (1-12), where its chips sit and are dropped. */
    public static String cell(long accountId, int month) {
        return "planner-cell-" + accountId + "-" + month;
    }

    /** An action's chip in the year grid. */
    public static String chip(long actionId) {
        return "plan-chip-" + actionId;
    }

    /** A cell of the totals: {@code row} is "totals-" plus a level or "total", or "month-" plus 1-12. */
    public static String totalsCell(String row, int column) {
        return row + "-" + column;
    }
}
