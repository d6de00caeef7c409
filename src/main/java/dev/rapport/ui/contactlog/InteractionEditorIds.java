package dev.rapport.ui.contactlog;

/** The node ids of the log form, shared by the form and its tests' page object. */
public final class InteractionEditorIds {
    public static final String ACCOUNT = "log-account";
    public static final String DATE = "log-date";
    public static final String TIME = "log-time";
    public static final String CHANNEL = "log-channel";
    public static final String CONTACTS = "log-contacts";
    public static final String SUBJECT = "log-subject";
    public static final String NOTES = "log-notes";
    public static final String OUTCOME = "log-outcome";
    public static final String SENTIMENT = "log-sentiment";
    public static final String COST = "log-cost";
    public static final String FOLLOW_UP_DATE = "log-followup-date";
    public static final String FOLLOW_UP_WHAT = "log-followup-what";
    public static final String FOLLOW_UP_DONE = "log-followup-done";
    public static final String COMPLAINT_STATUS = "log-complaint-status";
    public static final String RESOLVED_ON = "log-resolved-on";
    public static final String RESOLUTION = "log-resolution";
    public static final String PLAN_ACTION = "log-plan-action";
    public static final String CANCEL = "log-cancel";
    public static final String SAVE = "log-save";

    private InteractionEditorIds() {
    }

    /** The label under a field saying what is wrong with it ("time", "cost", ...: the form's field keys). */
    public static String error(String field) {
        return "log-error-" + field;
    }
}
