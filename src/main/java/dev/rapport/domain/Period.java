package dev.rapport.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A stretch of days for churn figures: from {@code start} (included) to {@code end} (excluded). */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " .. " + end);
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Quarter 1 to 4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter 1..4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(start, start.plusMonths(3));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** The last day in the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}
