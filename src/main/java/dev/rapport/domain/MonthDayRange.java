package dev.rapport.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Days fromDay..toDay of one month, regardless of year: how the store looks birthdays up by day
 * of the year using an index, one range per month a window touches.
 */
public record MonthDayRange(int month, int fromDay, int toDay) {

    /**
     * The month-day ranges covering today and the following days (days = 0 is today only).
     * When the window holds 28 February of a common year, 29 February is included, since
     * leap-day birthdays are celebrated then. The ranges may hold a little more than the window
     * (a whole year wraps onto itself); callers filter exactly.
     */
    public static List<MonthDayRange> covering(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative window: " + days);
        }
        List<MonthDayRange> out = new ArrayList<>();
        LocalDate end = today.plusDays(Math.min(days, 366));
        LocalDate from = today;
        while (!from.isAfter(end)) {
            LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
            LocalDate to = monthEnd.isBefore(end) ? monthEnd : end;
            int toDay = to.getDayOfMonth();
            if (to.getMonth() == Month.FEBRUARY && toDay == 28 && !to.isLeapYear()) {
                toDay = 29;
            }
            add(out, new MonthDayRange(from.getMonthValue(), from.getDayOfMonth(), toDay));
            from = to.plusDays(1);
        }
        return out;
    }

    private static void add(List<MonthDayRange> out, MonthDayRange r) {
        for (int i = 0; i < out.size(); i++) {
            MonthDayRange o = out.get(i);
            if (o.month == r.month) {
                out.set(i, new MonthDayRange(r.month, Math.min(o.fromDay, r.fromDay), Math.max(o.toDay, r.toDay)));
                return;
            }
        }
        out.add(r);
    }
}
