package dev.rapport.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
     * The days ahead that have birthdays or dates, soonest first, each with its first
     * {@code perDay} lines and its total: 29 February's birthdays count on 28 February in
     * common years, as they are celebrated then.
     *
     * @param birthdays the first birthdays of each day of the year and the count per day
     * @throws IllegalArgumentException when perDay is below 1
     */
    public static List<DayDates> byDay(BirthdaysPerDay birthdays, List<DatedEvent> events, LocalDate today, int days,
            int perDay) {
        if (perDay < 1) {
            throw new IllegalArgumentException("at least one line per day, not " + perDay);
        }
        Map<LocalDate, Integer> totals = new TreeMap<>();
        for (Map.Entry<MonthDay, Integer> e : birthdays.totals().entrySet()) {
            Birthday b = new Birthday(e.getKey(), null);
            if (b.daysUntil(today) <= days) {
                totals.merge(b.nextOccurrence(today), e.getValue(), Integer::sum);
            }
        }
        Map<LocalDate, List<UpcomingDate>> lines = new LinkedHashMap<>();
        for (UpcomingDate d : within(birthdays.shown(), events, today, days)) {
            lines.computeIfAbsent(d.on(), x -> new ArrayList<>()).add(d);
            if (d.kind() == UpcomingKind.IMPORTANT_DATE) {
                totals.merge(d.on(), 1, Integer::sum);
            }
        }
        List<DayDates> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> e : totals.entrySet()) {
            List<UpcomingDate> day = lines.getOrDefault(e.getKey(), List.of());
            List<UpcomingDate> shown = day.subList(0, Math.min(perDay, day.size()));
            // a count read a moment before the lines may lag them: never claim fewer than are listed
            out.add(new DayDates(e.getKey(), java.time.temporal.ChronoUnit.DAYS.between(today, e.getKey()),
                    Math.max(e.getValue(), day.size()), shown));
        }
        return out;
    }
}
