package dev.rapport.ui.today;

/** Node ids of Today's upcoming birthdays and dates, shared with its tests (decision 0020). */
public final class UpcomingDatesIds {
    public static final String SECTION = "today-dates";
    public static final String NONE = "today-dates-none";
    /** Style class of one birthday or date line. */
    public static final String LINE_CLASS = "today-date-line";
    /** Style class of a day's "show all" link, under its first lines. */
    public static final String SHOW_ALL_CLASS = "today-show-all";
    public static final String LOG_GIFT_CLASS = "log-gift-button";
    public static final String LOG_CONTACT_CLASS = "log-contact-button";
    /** Style class of a line's account name, a link that opens the account. */
    public static final String ACCOUNT_LINK_CLASS = "today-account-link";

    private UpcomingDatesIds() {
    }

    /** The header of a day, by how many days away it is: "today-day-0" is today. */
    public static String day(long daysUntil) {
        return "today-day-" + daysUntil;
    }
}
