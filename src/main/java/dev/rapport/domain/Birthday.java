package dev.rapport.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday as people know it: always a month and day, the year only sometimes.
 * Someone born on 29 February celebrates on 28 February in common years.
 */
public record Birthday(MonthDay monthDay, Integer year) {

    private static final Pattern ISO = Pattern.compile("(\\d{4}|--)-?(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public Birthday {
        Objects.requireNonNull(monthDay, "monthDay");
        if (year != null) {
            if (year < 1850 || year > 9999) {
                throw new IllegalArgumentException("year out of range: " + year);
            }
            if (!monthDay.isValidYear(year)) {
                throw new IllegalArgumentException(monthDay + " does not exist in " + year);
            }
        }
    }

    public static Birthday of(int month, int day) {
        return new Birthday(MonthDay.of(month, day), null);
    }

    public static Birthday of(int year, int month, int day) {
        return new Birthday(MonthDay.of(month, day), year);
    }

    public Optional<Integer> knownYear() {
        return Optional.ofNullable(year);
    }

    /** The day it is celebrated in the given year (28 February for 29 February in common years). */
    public LocalDate celebratedIn(int calendarYear) {
        if (monthDay.getMonth() == Month.FEBRUARY && monthDay.getDayOfMonth() == 29
                && !Year.isLeap(calendarYear)) {
            return LocalDate.of(calendarYear, Month.FEBRUARY, 28);
        }
        return monthDay.atYear(calendarYear);
    }

    /** The next day it is celebrated, today included. */
    public LocalDate nextOccurrence(LocalDate today) {
        LocalDate thisYear = celebratedIn(today.getYear());
        return thisYear.isBefore(today) ? celebratedIn(today.getYear() + 1) : thisYear;
    }

    /** Days from today until the next celebration: 0 today, 1 tomorrow. */
    public long daysUntil(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, nextOccurrence(today));
    }

    /** The age reached on the given date, when the year is known. */
    public Optional<Integer> ageOn(LocalDate date) {
        if (year == null) {
            return Optional.empty();
        }
        LocalDate born = LocalDate.of(year, monthDay.getMonth(), monthDay.getDayOfMonth());
        if (date.isBefore(born)) {
            return Optional.empty();
        }
        // a leap-day baby turns a year older on the day it is celebrated
        LocalDate celebrated = celebratedIn(date.getYear());
        return Optional.of(date.getYear() - year - (date.isBefore(celebrated) ? 1 : 0));
    }

    /** The age turned at the next celebration, when the year is known. */
    public Optional<Integer> ageAtNext(LocalDate today) {
        return knownYear().map(y -> nextOccurrence(today).getYear() - y);
    }

    /**
     * Reads the forms people and files use: 1980-05-17, --05-17 and --0517 (vCard without a
     * year), 05-17 (month-day).
     *
     * @throws IllegalArgumentException when the text is not a real date
     */
    public static Birthday parse(String text) {
        String s = Text.trimToEmpty(text);
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                int month = Integer.parseInt(iso.group(2));
                int day = Integer.parseInt(iso.group(3));
                Integer year = "--".equals(iso.group(1)) ? null : Integer.valueOf(iso.group(1));
                return new Birthday(MonthDay.of(month, day), year);
            }
            if (s.matches("--\\d{4}")) {
                return of(Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
            }
            if (s.matches("\\d{8}")) {
                return of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            Matcher md = MONTH_DAY.matcher(s);
            if (md.matches()) {
                return of(Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    /** ISO form: 1980-05-17, or --05-17 when the year is unknown. */
    @Override
    public String toString() {
        return year == null ? monthDay.toString() : celebratedIn(year).toString();
    }
}
