package dev.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the start-up notification says: whose birthday it is today (the contacts' and their
 * families') and how many follow-ups are overdue or due today.
 */
public record MorningSummary(List<String> birthdaysToday, int followUpsOverdue, int followUpsDueToday) {
    public MorningSummary {
        birthdaysToday = List.copyOf(birthdaysToday);
    }

    public static MorningSummary of(List<UpcomingDate> upcoming, List<FollowUpDue> followUps, LocalDate today) {
        List<String> names = upcoming.stream()
                .filter(u -> u.kind() == UpcomingKind.BIRTHDAY && u.daysUntil() == 0)
                .map(UpcomingDate::personName).distinct().toList();
        int overdue = (int) followUps.stream().filter(f -> f.due().isBefore(today)).count();
        int dueToday = (int) followUps.stream().filter(f -> f.due().isEqual(today)).count();
        return new MorningSummary(names, overdue, dueToday);
    }

    /** Nothing worth interrupting the rep for. */
    public boolean isEmpty() {
        return birthdaysToday.isEmpty() && followUpsOverdue == 0 && followUpsDueToday == 0;
    }
}
