package dev.rapport.ui.today;

/** Node ids of the Today settings block, shared with its tests (decision 0020). */
public final class TodaySettingsIds {
    public static final String DAYS = "today-days";
    public static final String STARTUP_SUMMARY = "today-startup-summary";

    private TodaySettingsIds() {
    }
}
