package dev.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A promised follow-up that is due: what, for which account, from which interaction. */
public record FollowUpDue(long interactionId, long accountId, String accountName, LocalDate due, String what,
        String subject, InteractionChannel channel) {

    /** Days past due on {@code today}; 0 when due today. */
    public long daysOverdue(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }
}
