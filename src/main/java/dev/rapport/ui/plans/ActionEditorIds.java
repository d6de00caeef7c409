package dev.rapport.ui.plans;

/** The node ids of the action editor, shared with its page object in the tests. */
public final class ActionEditorIds {
    public static final String LEVEL = "action-level";
    public static final String SUGGESTION = "action-suggestion";
    public static final String TITLE = "action-title";
    public static final String TYPE = "action-type";
    public static final String MONTH = "action-month";
    public static final String DATE = "action-date";
    public static final String OWNER = "action-owner";
    public static final String CONTACTS = "action-contacts";
    public static final String BUDGET = "action-budget";
    public static final String STATUS = "action-status";
    public static final String ACTUAL_COST = "action-actual";
    public static final String EFFECT = "action-effect";
    public static final String NOTES = "action-notes";
    public static final String RECURRING = "action-recurring";
    /** OK inside a plan editor, Save when the action is saved on its own. */
    public static final String OK = "action-ok";

    private ActionEditorIds() {
    }
}
