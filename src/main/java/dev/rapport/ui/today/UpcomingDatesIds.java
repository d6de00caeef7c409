package dev.rapport.ui.today;

import dev.rapport.domain.AgendaGroup;
import java.util.Locale;

/** Node ids of Today's upcoming birthdays and dates, shared with its tests (decision 0020). */
public final class UpcomingDatesIds {
    public static final String SECTION = "today-dates";
    public static final String NONE = "today-dates-none";

    private UpcomingDatesIds() {
    }

    /** The header of a group: "today-group-this_week". */
    public static String group(AgendaGroup group) {
        return "today-group-" + group.name().toLowerCase(Locale.ROOT);
    }
}
