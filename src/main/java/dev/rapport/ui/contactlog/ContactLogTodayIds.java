package dev.rapport.ui.contactlog;

/**
 * The node ids of the contact log's parts of Today, and the style classes of their rows' buttons
 * (one per row, so tests find them by class), shared by the view and its tests.
 */
public final class ContactLogTodayIds {
    public static final String FOLLOW_UPS = "today-followups";
    public static final String QUIET = "today-quiet";
    /** Style class of an account's name in these rows, a link that opens the account. */
    public static final String ACCOUNT_LINK_CLASS = "agenda-account-link";
    public static final String COMPLAINTS = "today-complaints";
    public static final String DONE_BUTTON_CLASS = "followup-done-button";
    public static final String LOG_BUTTON_CLASS = "quiet-log-button";
    public static final String RESOLVE_BUTTON_CLASS = "complaint-resolve-button";

    private ContactLogTodayIds() {
    }
}
