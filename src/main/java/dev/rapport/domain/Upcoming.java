package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which birthdays and important dates fall within the next days, soonest first. */
public final class Upcoming {
    private Upcoming() {
    }

    /**
     * @param days how far ahead: 0 is today only, 14 is today and the next fourteen days
     */
    public static List<UpcomingDate> within(List<PersonBirthday> birthdays, List<DatedEvent> events, LocalDate today,
            int days) {
        List<UpcomingDate> out = new ArrayList<>();
        for (PersonBirthday b : birthdays) {
            if (b.birthday() == null) {
                continue;
            }
            long until = b.birthday().daysUntil(today);
            if (until > days) {
                continue;
            }
            Integer age = b.birthday().ageAtNext(today).filter(a -> a >= 0).orElse(null);
            out.add(new UpcomingDate(b.birthday().nextOccurrence(today), until, UpcomingKind.BIRTHDAY,
                    b.personName(), b.familyMemberId() == null ? null : b.relation(), b.contactId(), b.contactName(),
                    b.accountId(), b.accountName(), age, b.familyMemberId(), null, null, ""));
        }
        for (DatedEvent e : events) {
            ImportantDate d = e.date();
            Long until = d.daysUntil(today).orElse(null);
            if (until == null || until > days) {
                continue;
            }
            String person = d.contactId() == null ? e.accountName() : e.contactName();
            out.add(new UpcomingDate(d.nextOccurrence(today).orElseThrow(), until, UpcomingKind.IMPORTANT_DATE,
                    person, null, d.contactId(), e.contactName(), e.accountId(), e.accountName(),
                    d.yearsAtNext(today).orElse(null), null, d.id(), d.kind(), d.title()));
        }
        out.sort(Comparator.comparingLong(UpcomingDate::daysUntil)
                .thenComparing(UpcomingDate::accountName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(UpcomingDate::personName, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * The days that have birthdays or dates, soonest first, each with its first {@code perDay}
     * lines and its total, so a day with hundreds of birthdays is a header and a count.
     *
     * @param dates soonest first, as {@link #within} gives them
     * @throws IllegalArgumentException when perDay is below 1
     */
    public static List<DayDates> byDay(List<UpcomingDate> dates, int perDay) {
        return byDay(dates, perDay, Comparator.naturalOrder());
    }

    /**
     * ...with each day's lines in the reader's order of names (account, then person): 陈, 王, 张
     * by pinyin in Chinese, where the order of the characters' codes reads as no order at all.
     */
    public static List<DayDates> byDay(List<UpcomingDate> dates, int perDay, Comparator<String> names) {
        if (perDay < 1) {
            throw new IllegalArgumentException("at least one line per day, not " + perDay);
        }
        Map<LocalDate, List<UpcomingDate>> days = new LinkedHashMap<>();
        for (UpcomingDate d : dates) {
            days.computeIfAbsent(d.on(), x -> new ArrayList<>()).add(d);
        }
        List<DayDates> out = new ArrayList<>();
        days.forEach((day, lines) -> {
            lines.sort(inDay(names));
            out.add(new DayDates(day, lines.get(0).daysUntil(), lines.size(),
                    lines.subList(0, Math.min(perDay, lines.size()))));
        });
        return out;
    }

    /** The order of one day's lines: by account, then by person, names compared as given. */
    public static Comparator<UpcomingDate> inDay(Comparator<String> names) {
        Comparator<String> orNull = Comparator.nullsLast(names);
        return Comparator.comparing(UpcomingDate::accountName, orNull).thenComparing(UpcomingDate::personName, orNull);
    }
}
