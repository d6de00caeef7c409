package dev.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of Today's birthdays and dates: the first lines of the day, and how many it has in
 * all, so a day with hundreds of birthdays is a header and a count, not hundreds of rows.
 *
 * @param shown soonest-first lines of the day, at most the number asked for
 * @param total every birthday and date on the day, shown or not
 */
public record DayDates(LocalDate day, long daysUntil, int total, List<UpcomingDate> shown) {
    public DayDates {
        shown = List.copyOf(shown);
        if (total < shown.size()) {
            throw new IllegalArgumentException("total " + total + " below the " + shown.size() + " lines shown");
        }
    }

    /** The lines of the day not among those shown. */
    public int hidden() {
        return total - shown.size();
    }
}
