package dev.rapport.ui.contactlog;

/**
 * The node ids of a timeline, shared by the view and its tests' page object. An account's and a
 * person's timeline can be on screen at once, so each id starts with the timeline's prefix.
 */
public final class TimelineIds {
    /** The prefix of the account detail's timeline. */
    public static final String ACCOUNT = "account-timeline";
    /** The prefix of the people screen's timeline. */
    public static final String CONTACT = "contact-timeline";
    /** The context menu item that opens a complaint at its status. */
    public static final String COMPLAINT_STATUS_ITEM = "timeline-complaint-status";

    private TimelineIds() {
    }

    public static String channel(String prefix) {
        return prefix + "-channel";
    }

    public static String search(String prefix) {
        return prefix + "-search";
    }

    public static String log(String prefix) {
        return prefix + "-log";
    }

    public static String list(String prefix) {
        return prefix + "-list";
    }

    public static String more(String prefix) {
        return prefix + "-more";
    }
}
