package dev.rapport.domain;

import java.time.LocalDate;

/**
 * One line of the Today view's dates: a birthday (of a contact or a family member) or an important
 * date, on the day it next falls, with what the rep needs to act on it.
 *
 * @param years the age reached (birthdays with a known year) or the anniversary's number; null when unknown
 * @param contactId null for an account's own date
 */
public record UpcomingDate(LocalDate on, long daysUntil, UpcomingKind kind, String personName, Relation relation,
        Long contactId, String contactName, long accountId, String accountName, Integer years,
        Long familyMemberId, Long importantDateId, DateKind dateKind, String title) {

    public AgendaGroup group() {
        return AgendaGroup.of(daysUntil);
    }

    /** Whether a gift can be logged for it: only a person (or their family) receives gifts. */
    public boolean forPerson() {
        return contactId != null;
    }
}
