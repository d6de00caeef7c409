package dev.rapport.ui.plans;

import dev.rapport.domain.plan.SwotKind;

/** The node ids of the plan editor, shared with its page object in the tests. */
public final class PlanEditorIds {
    public static final String TABS = "plan-tabs";
    public static final String STATUS = "plan-status";
    public static final String BUDGET = "plan-budget";
    public static final String REVENUE_TARGET = "plan-revenue-target";
    public static final String SHARE_TARGET = "plan-share-target";
    public static final String GOALS = "plan-goals";
    public static final String STRATEGY = "plan-strategy";
    /** The actions' table (its tab carries the same id, which a node lookup never finds). */
    public static final String ACTIONS = "plan-actions";
    public static final String ADD_ACTION = "action-add";
    public static final String EDIT_ACTION = "action-edit";
    public static final String MARK_DONE = "action-mark-done";
    public static final String REMOVE_ACTION = "action-remove";
    public static final String BUDGET_FLAG = "plan-budget-flag";
    public static final String FIGURES = "plan-figures";
    public static final String TARGETS = "plan-targets";
    public static final String REVIEW_REVENUE = "review-revenue";
    public static final String REVIEW_SHARE = "review-share";
    public static final String REVIEW_LEVEL = "review-level";
    public static final String REVIEW_DATE = "review-date";
    public static final String REVIEW_CONCLUSION = "review-conclusion";
    public static final String SAVE = "plan-save";
    public static final String NEXT_YEAR = "plan-next-year";
    public static final String DELETE = "plan-delete";

    private PlanEditorIds() {
    }

    /** A tab by the last part of its title's key: objectives, swot, actions, review. */
    public static String tab(String name) {
        return "plan-" + name;
    }

    public static String swot(SwotKind kind) {
        return "swot-" + kind.name();
    }

    /** A figure of the review: {@code row} a level's name or "total"; {@code part} level, planned, done, budget, actual, effect. */
    public static String figure(String row, String part) {
        return "figures-" + row + "-" + part;
    }
}
