package dev.rapport.ui.plans;

/** The node ids of this year's plan in the account detail, shared with its page object in the tests. */
public final class PlanSummaryIds {
    public static final String ROOT = "plan-summary";
    public static final String STATUS = "plan-summary-status";
    public static final String PROGRESS = "plan-summary-progress";
    public static final String TEXT = "plan-summary-text";
    public static final String FLAG = "plan-summary-flag";
    public static final String OPEN = "plan-open";

    private PlanSummaryIds() {
    }

    /** The link to the account's plan of another year. */
    public static String otherYear(int year) {
        return "plan-year-" + year;
    }
}
