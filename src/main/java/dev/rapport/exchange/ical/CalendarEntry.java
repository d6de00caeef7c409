package dev.rapport.exchange.ical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day calendar entry: a birthday (yearly), an important date, a follow-up or a planned
 * action. The uid is derived from what the entry is about, so exporting again and importing
 * the file updates the calendar's entries instead of adding duplicates.
 *
 * @param leapDayBirthday the entry recurs yearly on 29 February, celebrated on 28 February in common years
 */
public record CalendarEntry(String uid, LocalDate date, boolean yearly, boolean leapDayBirthday, String summary,
        String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
    }

    public static CalendarEntry once(String uid, LocalDate date, String summary, String description) {
        return new CalendarEntry(uid, date, false, false, summary, description);
    }
}
