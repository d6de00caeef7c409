package dev.rapport.ui.today;

/** Node ids of the Today screen, shared with its tests (decision 0020). */
public final class TodayIds {
    public static final String DATE = "today-date";
    public static final String SCROLL = "today-scroll";

    private TodayIds() {
    }
}
