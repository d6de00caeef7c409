package dev.rapport.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A date worth remembering for one person or for a whole account: a work or partnership
 * anniversary or a custom event, every year or once. Exactly one of contactId and accountId is set.
 * A yearly date on 29 February is kept on 28 February in common years, like a birthday.
 */
public record ImportantDate(Long id, Long contactId, Long accountId, DateKind kind, String title, LocalDate date,
        boolean yearly,
        long version) {

    public ImportantDate {
        kind = kind == null ? DateKind.CUSTOM : kind;
        title = Text.trimToEmpty(title);
    }

    public static ImportantDate ofContact(long contactId, DateKind kind, String title, LocalDate date, boolean yearly) {
        return new ImportantDate(null, contactId, null, kind, title, date, yearly, 0L);
    }

    public static ImportantDate ofAccount(long accountId, DateKind kind, String title, LocalDate date, boolean yearly) {
        return new ImportantDate(null, null, accountId, kind, title, date, yearly, 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    public ImportantDate withId(long newId) {
        return new ImportantDate(newId, contactId, accountId, kind, title, date, yearly, version);
    }

    /** The day it falls on in a calendar year, when it happens that year at all. */
    public Optional<LocalDate> in(int calendarYear) {
        if (!yearly) {
            return date.getYear() == calendarYear ? Optional.of(date) : Optional.empty();
        }
        if (calendarYear < date.getYear()) {
            return Optional.empty();
        }
        if (date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29 && !Year.isLeap(calendarYear)) {
            return Optional.of(LocalDate.of(calendarYear, Month.FEBRUARY, 28));
        }
        return Optional.of(date.withYear(calendarYear));
    }

    /** The next day it falls on, today included; empty for a one-off date that has passed. */
    public Optional<LocalDate> nextOccurrence(LocalDate today) {
        if (!yearly) {
            return date.isBefore(today) ? Optional.empty() : Optional.of(date);
        }
        if (date.isAfter(today)) {
            return Optional.of(date);
        }
        Optional<LocalDate> thisYear = in(today.getYear());
        if (thisYear.isPresent() && !thisYear.get().isBefore(today)) {
            return thisYear;
        }
        return in(today.getYear() + 1);
    }

    public Optional<Long> daysUntil(LocalDate today) {
        return nextOccurrence(today).map(d -> ChronoUnit.DAYS.between(today, d));
    }

    /** For a yearly date: how many years it marks on its next occurrence (the 5th anniversary); else empty. */
    public Optional<Integer> yearsAtNext(LocalDate today) {
        if (!yearly) {
            return Optional.empty();
        }
        return nextOccurrence(today).map(d -> d.getYear() - date.getYear()).filter(y -> y > 0);
    }

    /** The same date as stored at another row version (0 when not saved): a save or delete names it. */
    public ImportantDate withVersion(long newVersion) {
        return new ImportantDate(id, contactId, accountId, kind, title, date, yearly, newVersion);
    }
}
