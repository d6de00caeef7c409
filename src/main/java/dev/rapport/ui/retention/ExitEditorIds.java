package dev.rapport.ui.retention;

/** Node ids of the exit editor, shared with its tests (decision 0020). */
public final class ExitEditorIds {
    public static final String DATE = "exit-date";
    public static final String REASON = "exit-reason";
    public static final String REASON_TEXT = "exit-reason-text";
    public static final String REVENUE = "exit-revenue";
    public static final String MARGIN = "exit-margin";
    public static final String AVOIDABLE = "exit-avoidable";
    public static final String WIN_BACK = "exit-winback";
    public static final String SINCE = "exit-since";
    public static final String SAVE = "exit-save";
    public static final String DATE_ERROR = error("exitedOn");

    private ExitEditorIds() {
    }

    /** The error line under the field whose problems are keyed {@code field}: "exit-exitedOn-error". */
    public static String error(String field) {
        return "exit-" + field + "-error";
    }
}
