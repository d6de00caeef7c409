package dev.rapport.service;

import dev.rapport.domain.DayDates;
import dev.rapport.domain.MonthDayRange;
import dev.rapport.domain.Upcoming;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.ImportantDateRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the rep should know this morning, for the Today view and {@code rapport today}. Today is
 * the day in the user's time zone (the clock's), never UTC's.
 *
 * <p>Each part of the agenda is its own method returning its own records, so that new parts
 * (follow-ups, accounts going quiet, open complaints) are added beside the dates, not into them.
 */
public final class TodayService {
    /** How many days ahead the Today view looks, unless the user chose otherwise. */
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 365;
    static final String STARTUP_SUMMARY_KEY = "todayStartupSummary";
    static final String DAYS_KEY = "todayDays";

    private final FamilyRepository family;
    private final ImportantDateRepository dates;
    private final MachinePreferencesService settings;
    private final Clock clock;

    public TodayService(FamilyRepository family, ImportantDateRepository dates, MachinePreferencesService settings, Clock clock) {
        this.family = family;
        this.dates = dates;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The number of days ahead chosen in Settings (default 14). */
    public int days() {
        return settings.text(DAYS_KEY).map(v -> {
            try {
                int n = Integer.parseInt(v.strip());
                return n >= 0 && n <= MAX_DAYS ? n : DEFAULT_DAYS;
            } catch (NumberFormatException e) {
                return DEFAULT_DAYS;
            }
        }).orElse(DEFAULT_DAYS);
    }

    /**
     * @throws IllegalArgumentException when days is outside 0..365
     */
    public void setDays(int days) {
        requireDays(days);
        settings.remember(Map.of(DAYS_KEY, Integer.toString(days)));
    }

    /** Whether Rapport greets the rep at start with today's birthdays and due follow-ups (default yes). */
    public boolean startupSummary() {
        return settings.text(STARTUP_SUMMARY_KEY).map(Boolean::parseBoolean).orElse(true);
    }

    public void setStartupSummary(boolean on) {
        settings.remember(Map.of(STARTUP_SUMMARY_KEY, Boolean.toString(on)));
    }

    public static boolean validDays(int days) {
        return days >= 0 && days <= MAX_DAYS;
    }

    private static void requireDays(int days) {
        if (!validDays(days)) {
            throw new IllegalArgumentException("days must be 0.." + MAX_DAYS + ": " + days);
        }
    }

    /** Birthdays (contacts' and their families') and important dates in the chosen number of days. */
    public List<UpcomingDate> upcomingDates() {
        return upcomingDates(days());
    }

    /**
     * Birthdays and important dates from today through the given number of days ahead, soonest first.
     *
     * @throws IllegalArgumentException when days is outside 0..365
     */
    public List<UpcomingDate> upcomingDates(int days) {
        requireDays(days);
        LocalDate today = today();
        List<MonthDayRange> ranges = MonthDayRange.covering(today, days);
        return Upcoming.within(family.birthdaysIn(ranges), dates.comingIn(today, ranges), today, days);
    }

    /**
     * Today's dates from today through the given number of days ahead, by day, soonest first:
     * each day's first {@code perDay} lines and its total. Every line is still read: reading only
     * a day's first lines and its count (window functions, per-day queries) was slower on H2,
     * whose cost is the joins behind each line, not the lines handed back (issue 19's notes).
     *
     * @throws IllegalArgumentException when days is outside 0..365 or perDay below 1
     */
    public List<DayDates> upcomingByDay(int days, int perDay) {
        return upcomingByDay(days, perDay, java.util.Comparator.naturalOrder());
    }

    /** ...each day's lines in the order of names given (the reader's language: pinyin in Chinese). */
    public List<DayDates> upcomingByDay(int days, int perDay, java.util.Comparator<String> names) {
        if (perDay < 1) {
            throw new IllegalArgumentException("at least one line per day, not " + perDay);
        }
        return Upcoming.byDay(upcomingDates(days), perDay, names);
    }

    /**
     * Every birthday and date on one day of the window, for a day whose lines were not all shown.
     *
     * @throws IllegalArgumentException when the day is before today or more than 365 days ahead
     */
    public List<UpcomingDate> datesOn(LocalDate day) {
        return datesOn(day, java.util.Comparator.naturalOrder());
    }

    /** ...in the order of names given, as {@link #upcomingByDay(int, int, java.util.Comparator)} lists them. */
    public List<UpcomingDate> datesOn(LocalDate day, java.util.Comparator<String> names) {
        LocalDate today = today();
        long until = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        requireDays(until < 0 || until > MAX_DAYS ? -1 : (int) until);
        List<MonthDayRange> ranges = MonthDayRange.covering(day, 0);
        return Upcoming.within(family.birthdaysIn(ranges), dates.comingIn(today, ranges), today, (int) until).stream()
                .filter(d -> d.on().equals(day)).sorted(Upcoming.inDay(names)).toList();
    }

    /**
     * The account's next birthday or important date (its people's, their families' and its own)
     * within a year from today, for the account page's header; empty when it has none.
     */
    public java.util.Optional<UpcomingDate> nextDateOf(long accountId) {
        LocalDate today = today();
        return Upcoming.within(family.birthdaysOfAccount(accountId), dates.comingOfAccount(today, accountId), today,
                MAX_DAYS).stream().min(java.util.Comparator.comparing(UpcomingDate::on));
    }
}
