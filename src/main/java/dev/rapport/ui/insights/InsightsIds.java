package dev.rapport.ui.insights;

/** The node ids of the Insights screen, shared with its page object in the tests. */
public final class InsightsIds {
    public static final String GRID = "insights-grid";
    public static final String YEAR = "insights-year";
    public static final String GROUP = "insights-group";
    public static final String CHURN_BY = "insights-churn-by";
    public static final String QUARTER = "insights-quarter";
    public static final String CHURN_TABLE = "churn-table";
    public static final String CHURN_SUMMARY = "churn-summary";
    public static final String AT_RISK_LIST = "at-risk-list";
    public static final String AT_RISK_MOVE = "at-risk-move";

    private InsightsIds() {
    }

    /** A chart by its id: tier, stage, level, reasons, churnGroup, health, interactions, planDone, budget. */
    public static String chart(String id) {
        return "chart-" + id;
    }

    /** The line over a chart while it loads or has nothing to show. */
    public static String chartNote(String id) {
        return "insights-chart-note-" + id;
    }

    /** The "Save as PNG" button under a chart. */
    public static String savePng(String id) {
        return "save-" + id;
    }
}
