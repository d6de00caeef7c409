package dev.rapport.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: every backup of the {@value #RECENT_HOURS} hours before the newest one,
 * then the newest of each of the last {@code daily} days that have one, of the last
 * {@code weekly} ISO weeks, and of the last {@code monthly} months. Everything else may be
 * deleted. The recent ones are all kept because a backup made after a bad import (on closing, or
 * by hand) must never push out the good one made that morning.
 */
public record BackupRotation(int daily, int weekly, int monthly) {
    public static final BackupRotation DEFAULT = new BackupRotation(7, 4, 12);
    public static final int RECENT_HOURS = 24;

    public BackupRotation {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup");
        }
    }

    /** The times (of backups) to keep, out of all there are. */
    public Set<LocalDateTime> keep(List<LocalDateTime> times) {
        List<LocalDateTime> newestFirst = times.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            LocalDateTime since = newestFirst.get(0).minusHours(RECENT_HOURS);
            newestFirst.stream().filter(t -> !t.isBefore(since)).forEach(kept::add);
        }
        keepNewestPer(newestFirst, LocalDateTime::toLocalDate, daily, kept);
        keepNewestPer(newestFirst, t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                weekly, kept);
        keepNewestPer(newestFirst, YearMonth::from, monthly, kept);
        return kept;
    }

    private static void keepNewestPer(List<LocalDateTime> newestFirst, Function<LocalDateTime, Object> period,
            int periods, Set<LocalDateTime> kept) {
        Set<Object> seen = new HashSet<>();
        for (LocalDateTime t : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(t))) {
                return;
            }
            if (seen.add(period.apply(t))) {
                kept.add(t);
            }
        }
    }
}
