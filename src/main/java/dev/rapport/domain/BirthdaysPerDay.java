package dev.rapport.domain;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The first birthdays of each day of the year asked for, and how many fall on each: what the
 * store reads for Today, so a sample of 150,000 people costs a few hundred lines, not thousands.
 *
 * @param totals birthdays per day of the year (29 February on its own), shown or not
 */
public record BirthdaysPerDay(List<PersonBirthday> shown, Map<MonthDay, Integer> totals) {
    public BirthdaysPerDay {
        shown = List.copyOf(shown);
        totals = Map.copyOf(totals);
    }
}
